import type { MouseEvent, ReactNode } from 'react';
import { navigate } from './useRoute.ts';

/** An anchor that moves within the app without a page load (and still opens in a new tab when asked). */
export function Link(props: {
  to: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    navigate(props.to);
  };
  return (
    <a href={props.to} onClick={onClick} className={props.className} data-testid={props.testId}>
      {props.children}
    </a>
  );
}
