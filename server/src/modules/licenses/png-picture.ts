// An uploaded seal picture: a real PNG (sniffed from its bytes, the client's claim is ignored) of
// at most 512 KB. Its width is the generated seal's 42 mm; the height keeps the aspect ratio.
import type { SealPicture } from '../../platform/crypto/ses/index.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { sniffContentType } from '../../platform/storage/store-file.ts';
import { SEAL_SIZE_MM } from './seal-make.ts';

export const SEAL_PICTURE_MAX_BYTES = 512 * 1024;
/** Base64 of the largest picture, with room for line breaks some encoders add. */
export const SEAL_PICTURE_MAX_BASE64 = Math.ceil(SEAL_PICTURE_MAX_BYTES / 3) * 4 + 20_000;
const MAX_PIXELS_PER_SIDE = 8192;

const invalid = (detail: string) =>
  new AppError('SEAL_PICTURE_INVALID', {
    detail,
    errors: [{ path: '/body/picturePng', message: detail, messageZh: '印章图片须为不超过 512 KB 的 PNG' }],
  });

export async function pngPicture(base64: string): Promise<SealPicture> {
  const text = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw invalid('not base64');
  const data = Buffer.from(text, 'base64');
  if (data.length === 0) throw invalid('the picture is empty');
  if (data.length > SEAL_PICTURE_MAX_BYTES) throw invalid(`at most ${SEAL_PICTURE_MAX_BYTES} bytes`);
  if ((await sniffContentType(data)) !== 'image/png') throw invalid('not a PNG image');
  // IHDR is the first chunk: width and height, big-endian, at bytes 16..23.
  const hasHeader = data.length >= 24 && data.toString('latin1', 12, 16) === 'IHDR';
  const width = hasHeader ? data.readUInt32BE(16) : 0;
  const height = hasHeader ? data.readUInt32BE(20) : 0;
  if (!width || !height || width > MAX_PIXELS_PER_SIDE || height > MAX_PIXELS_PER_SIDE)
    throw invalid('the PNG has no usable size');
  const heightMm = Math.max(1, Math.round((SEAL_SIZE_MM * height) / width));
  return { type: 'png', data, widthMm: SEAL_SIZE_MM, heightMm };
}
