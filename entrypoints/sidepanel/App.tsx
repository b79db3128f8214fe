import { common } from '../../utils/strings/common';
import { meta } from '../../data';

export function App() {
  return (
    <main>
      <h1>{common.en.appName}</h1>
      <p>{common.en.tagline}</p>
      <p>As of {meta.asOf}</p>
    </main>
  );
}
