/** Loads and decodes an image, so showing it afterwards is immediate; resolves with it even when it is broken. */
export async function decodeImage(url: string): Promise<HTMLImageElement> {
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
  } catch {
    // A broken image is still the frame asked for; the stage shows why it cannot be drawn.
  }
  return image;
}
