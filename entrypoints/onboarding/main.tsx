import { render } from 'preact';
import '../../components/theme.css';
import './style.css';
import { OnboardingPage } from '../../components/onboarding/OnboardingPage';

const root = document.getElementById('app');
if (root) render(<OnboardingPage />, root);
