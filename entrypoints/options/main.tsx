import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { OptionsPage } from '../../components/options/OptionsPage';

const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
