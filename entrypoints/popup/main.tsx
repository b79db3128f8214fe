import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { PopupPage } from '../../components/popup/PopupPage';

const root = document.getElementById('app');
if (root) render(<PopupPage />, root);
