import { common } from '../../utils/strings/common';

export function App() {
  return (
    <main>
      <h1>{common.en.appName}</h1>
      <p>{common.en.noEntry}</p>
    </main>
  );
}
