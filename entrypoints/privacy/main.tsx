import { render } from 'preact';
import policy from '../../PRIVACY.md?raw';
import '../../components/theme.css';
import './style.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App source={policy} />, root);
