import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import '../../components/panel/timeline.css';
import '../../components/panel/map.css';
import { PanelPage } from '../../components/panel/PanelPage';

const root = document.getElementById('app');
if (root) render(<PanelPage />, root);
