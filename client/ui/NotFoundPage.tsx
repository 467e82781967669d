import { Link } from './Link.tsx';

/** A path the app does not know. */
export function NotFoundPage(props: { path: string }) {
  return (
    <main className="listing">
      <p className="error">There is no page at {props.path}.</p>
      <Link to="/">Go to your projects</Link>
    </main>
  );
}
