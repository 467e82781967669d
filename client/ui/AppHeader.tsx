import type { UserSummary } from '../../shared/protocol/http.ts';
import { Link } from './Link.tsx';

/** The bar on every page: home, who is signed in, and signing out. */
export function AppHeader(props: { user: UserSummary; onSignOut: () => void }) {
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        Concord
      </Link>
      <span className="user" data-testid="current-user">
        <span className="swatch" style={{ backgroundColor: props.user.colour }} />
        {props.user.name}
      </span>
      <button type="button" data-testid="logout" onClick={props.onSignOut}>
        Sign out
      </button>
    </header>
  );
}
