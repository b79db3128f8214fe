import { Component, h, type ComponentType, type FunctionComponent } from 'preact';

/**
 * A component that re-renders only when a prop changes (shallow), like preact/compat's memo but
 * without compat: importing compat installs global option hooks that run on every vnode of the
 * page, which cost more per keystroke than memo saves. Context changes still reach the wrapped
 * component through its own hooks.
 */
export function memo<P extends object>(Inner: FunctionComponent<P>): ComponentType<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const prev = this.props as Record<string, unknown>;
      const props = next as Record<string, unknown>;
      const keys = Object.keys(props);
      if (keys.length !== Object.keys(prev).length) return true;
      return keys.some((key) => props[key] !== prev[key]);
    }
    override render() {
      return h(Inner, this.props);
    }
  }
  (Memo as unknown as { displayName: string }).displayName = `Memo(${Inner.name})`;
  return Memo;
}
