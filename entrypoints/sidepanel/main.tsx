import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import '../../components/panel/timeline.css';
import '../../components/panel/map.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
