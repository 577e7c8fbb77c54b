import { toString as qrCodeSvg } from 'qrcode';

/** A QR code of `text` as an SVG data URL, for an `<img>` (two-factor setup, self check-in). */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const svg = await qrCodeSvg(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
