import { common } from '../../utils/strings/common';

export function App() {
  return (
    <main>
      <h1>{common.en.settings}</h1>
    </main>
  );
}
