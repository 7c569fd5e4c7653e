import type { ReportWords } from '../export/report-words';
import { i18n } from '#i18n';

const t = i18n.t;

/** The Markdown report's words in the reader's language (the same strings the panel shows), built in the background. */
export function reportWords(): ReportWords {
  return {
    title: (title) => t('report.title', [title]),
    untitled: t('report.untitled'),
    by: (name) => t('report.by', [name]),
    heading: t('summary.heading'),
    quotesFrom: (q, s, named, unnamed) =>
      t('report.quotesFrom', [t('report.quoteCount', q), t('report.sourceCount', s), t('report.named', named), t('report.unnamed', unnamed)]),
    unnamedPassages: (n) => t('report.unnamedPassages', n),
    grants: (n) => t('report.grants', n),
    reason: (r) => t('report.reason', [r]),
    noReason: t('report.noReason'),
    vague: (n) => t('report.vague', n),
    columns: [t('report.columnSource'), t('report.columnWords'), t('report.columnShare')],
    noSpeaker: t('report.noSpeaker'),
    percent: (n) => t('summary.percent', [String(n)]),
    sources: t('report.sources'),
    noSources: t('sidebar.noSources'),
    kind: { person: t('kind.person'), organization: t('kind.organization'), group: t('kind.group'), unnamed: t('kind.unnamed') },
    notNamed: t('report.notNamed'),
    passages: (n) => t('source.passages', n),
    unattributed: t('sidebar.unattributed'),
    anonymous: t('sidebar.anonymous'),
    noneFound: t('report.noneFound'),
    restingOnUnnamed: t('report.restingOnUnnamed'),
    uncertain: t('report.uncertain'),
    granted: t('report.granted'),
    vagueHeading: t('layer.vague'),
    footer: t('report.footer'),
  };
}
