import type { PresenceUser } from '../../shared/protocol/presence.ts';
import type { PeerPresence } from '../collab/PeerPresence.ts';

function initials(name: string): string {
  // "Ana (annotator)" is Ana: a role in parentheses would give every annotator the same initials.
  const words = name.replace(/\(.*?\)/g, ' ').match(/\p{L}[\p{L}\p{N}]*/gu) ?? [name];
  const letters =
    words.length > 1 ? `${words[0]![0]}${words[1]![0]}` : (words[0] ?? '').slice(0, 2);
  return letters.toUpperCase();
}

/** Who is here: this user first, then everyone else once (however many tabs they have open). */
export function PresenceAvatars(props: { self: PresenceUser; peers: readonly PeerPresence[] }) {
  const others = new Map<string, PresenceUser>();
  for (const peer of props.peers)
    if (peer.user.id !== props.self.id) others.set(peer.user.id, peer.user);
  const users = [props.self, ...others.values()];
  return (
    <ul className="avatars" data-testid="presence" aria-label="People on this item">
      {users.map((user) => (
        <li
          key={user.id}
          className="avatar"
          style={{ backgroundColor: user.colour }}
          title={user.id === props.self.id ? `${user.name} (you)` : user.name}
          data-testid={`presence-${user.id}`}
        >
          {initials(user.name)}
        </li>
      ))}
    </ul>
  );
}
