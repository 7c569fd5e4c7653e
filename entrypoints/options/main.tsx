import { render } from 'preact';
import { i18n } from '#i18n';
import { Options } from './Options';
import './options.css';

document.documentElement.lang = browser.i18n.getUILanguage?.() || 'en';
document.title = i18n.t('options.title');
render(<Options />, document.getElementById('app')!);
