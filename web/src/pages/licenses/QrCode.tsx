// A QR code drawn as one SVG path from uqr's module matrix: no canvas, no inline styles, no data
// URL (CSP-strict), crisp at any size. Black on white with a four-module quiet zone so phone
// cameras and the verifier's scanner read it.
import { useMemo } from 'react';
import { encode } from 'uqr';

interface QrCodeProps {
  value: string;
  /** Accessible name of the image. */
  label: string;
  className?: string;
  testId?: string;
}

export function QrCode({ value, label, className, testId }: QrCodeProps) {
  const { size, path } = useMemo(() => {
    // Level L: a screen is not scratched or folded, and fewer modules read better at phone size.
    const qr = encode(value, { ecc: 'L', border: 4 });
    const parts: string[] = [];
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
      }),
    );
    return { size: qr.size, path: parts.join('') };
  }, [value]);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid={testId}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
