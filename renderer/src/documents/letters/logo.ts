/**
 * The company logo from settings (a data: URL). Word needs the picture's size; reading
 * it from the PNG / JPEG header keeps the proportions without decoding the image.
 */
export interface Logo {
  type: 'png' | 'jpg';
  bytes: Uint8Array;
  width: number;
  height: number;
}

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** null for anything but a readable PNG or JPEG: the letter then goes out without a logo. */
export function parseLogo(dataUrl: string | undefined): Logo | null {
  if (!dataUrl) return null;
  const m = /^data:image\/(png|jpe?g);base64,([A-Za-z0-9+/=\s]+)$/.exec(dataUrl);
  if (!m) return null;
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(m[2]!.replace(/\s/g, ''));
  } catch {
    return null;
  }
  const size = m[1] === 'png' ? pngSize(bytes) : jpegSize(bytes);
  return size ? { type: m[1] === 'png' ? 'png' : 'jpg', bytes, ...size } : null;
}

function pngSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 24 || b[0] !== 0x89 || b[1] !== 0x50) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  if (b[0] !== 0xff || b[1] !== 0xd8) return null;
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    // SOF0..SOF15 except DHT (C4), JPG (C8), DAC (CC) carry the frame size
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (b[i + 5]! << 8) | b[i + 6]!, width: (b[i + 7]! << 8) | b[i + 8]! };
    }
    i += 2 + length;
  }
  return null;
}

/** Fits the logo in a box (pixels at 96 dpi, as docx wants them), keeping its proportions. */
export function fitLogo(logo: Logo, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / logo.width, maxHeight / logo.height, 1);
  return {
    width: Math.max(1, Math.round(logo.width * scale)),
    height: Math.max(1, Math.round(logo.height * scale)),
  };
}
