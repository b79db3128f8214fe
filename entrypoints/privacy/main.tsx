import { render } from 'preact';
import policy from '../../PRIVACY.md?raw';
import '../../components/theme.css';
import './style.css';
import { PrivacyPage } from '../../components/privacy/PrivacyPage';

const root = document.getElementById('app');
if (root) render(<PrivacyPage source={policy} />, root);
