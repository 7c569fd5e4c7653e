import { useState } from 'preact/hooks';
import type { Analysis } from '../model/analysis';
import { toCsv } from '../export/csv';
import { toMarkdown } from '../export/markdown';
import { t } from './t';

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const slug = (s: string | null) =>
  (s ?? 'article').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'article';

/** The same exporters as the CLI's `--format md|csv`, and the contract JSON. */
export function ExportBar({ analysis }: { analysis: Analysis }) {
  const [copied, setCopied] = useState(false);
  const name = `sourcelight-${slug(analysis.title)}`;
  return (
    <section class="export" aria-labelledby="sl-export">
      <h2 id="sl-export">{t('sidebar.export')}</h2>
      <div class="buttons">
        <button
          type="button"
          onClick={() =>
            navigator.clipboard.writeText(JSON.stringify(analysis, null, 2)).then(
              () => setCopied(true),
              () => download(`${name}.json`, 'application/json', JSON.stringify(analysis, null, 2)),
            )
          }
        >
          {t('sidebar.copyJson')}
        </button>
        <button type="button" onClick={() => download(`${name}.md`, 'text/markdown', toMarkdown(analysis))}>
          {t('sidebar.downloadMarkdown')}
        </button>
        <button type="button" onClick={() => download(`${name}.csv`, 'text/csv', toCsv(analysis))}>
          {t('sidebar.downloadCsv')}
        </button>
      </div>
      <p class="copied" role="status">{copied ? t('sidebar.copied') : ''}</p>
    </section>
  );
}
