import { useLessonRuntime } from "./lesson-runtime";

type FigureProps = { src: string; alt: string; caption?: string };

export function Figure({ src, alt, caption }: FigureProps) {
  const { mediaBase } = useLessonRuntime();
  return (
    <figure className="lesson-figure">
      <img src={mediaBase + src} alt={alt} loading="lazy" decoding="async" />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
