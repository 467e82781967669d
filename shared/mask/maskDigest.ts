/** A 32-bit FNV-1a hash of a mask's pixels, as 8 hex digits: equal masks, equal digests. */
export function maskDigest(pixels: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < pixels.length; index += 1) {
    hash = Math.imul(hash ^ (pixels[index] as number), 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
