import { useState } from 'preact/hooks';
import type { Analysis } from '../model/analysis';
import { requestExport, type ExportFormat } from '../session/messages';
import { t } from './t';

/** The files the panel exports; the background writes them (src/session/export-file.ts). */
export const FORMATS = {
  json: { ext: 'json', type: 'application/json' },
  md: { ext: 'md', type: 'text/markdown' },
  csv: { ext: 'csv', type: 'text/csv' },
} as const satisfies Record<ExportFormat, unknown>;

const LABEL = { json: 'export.json', md: 'export.markdown', csv: 'export.csv' } as const;

function download(near: Element, name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  // Firefox only follows a link that is in a document; ours stays inside the shadow root, next to
  // the section, not inside the button (its click would bubble back into the button).
  (near.closest('section') ?? near.parentElement ?? near).append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const slug = (s: string | null) =>
  (s ?? 'article')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'article';

/** Pick a format, then copy it or download it. */
export function ExportBar({ analysis }: { analysis: Analysis }) {
  const [format, setFormat] = useState<ExportFormat>('md');
  const [note, setNote] = useState('');
  const f = FORMATS[format];
  const name = `sourcelight-${slug(analysis.title)}.${f.ext}`;
  const make = () => requestExport(format, analysis, location.href);
  const failed = () => setNote(t('export.unavailable'));
  const save = (e: Event) => {
    const target = e.currentTarget as Element;
    make().then((body) => {
      download(target, name, f.type, body);
      setNote(t('export.downloaded', [name]));
    }, failed);
  };
  // The click's user activation lasts seconds in both browsers: long enough for the background's answer.
  const copy = (e: Event) => {
    const target = e.currentTarget as Element;
    make().then((body) => {
      const done = () => setNote(t('export.copied', [t(LABEL[format])]));
      const fallback = () => {
        download(target, name, f.type, body);
        setNote(t('export.copyFailed', [name]));
      };
      try {
        navigator.clipboard.writeText(body).then(done, fallback);
      } catch {
        fallback();
      }
    }, failed);
  };
  return (
    <section class="export" aria-labelledby="sl-export">
      <h2 id="sl-export">{t('sidebar.export')}</h2>
      <fieldset class="formats">
        <legend>{t('export.format')}</legend>
        {(Object.keys(FORMATS) as ExportFormat[]).map((k) => (
          <label class="format" key={k}>
            <input type="radio" name="sl-format" value={k} checked={format === k} onChange={() => setFormat(k)} data-format={k} />
            {t(LABEL[k])}
          </label>
        ))}
      </fieldset>
      <div class="buttons">
        <button type="button" onClick={copy} data-testid="copy">
          {t('export.copy')}
        </button>
        <button type="button" onClick={save} data-testid="download">
          {t('export.download')}
        </button>
      </div>
      <p class="note" role="status" data-testid="export-note">
        {note}
      </p>
    </section>
  );
}
