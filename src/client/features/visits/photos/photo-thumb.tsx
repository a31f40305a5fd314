import { useEffect, useRef } from 'react';

/** A photo kept on this device, drawn from its Blob (the object URL is released when it goes). */
export function PhotoThumb({ blob, alt }: { blob: Blob; alt: string }) {
  const img = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const url = URL.createObjectURL(blob);
    if (img.current) img.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [blob]);
  return <img ref={img} className="app-photo__image" alt={alt} />;
}
