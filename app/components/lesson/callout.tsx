import { useId, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

type CalloutType = "note" | "warning" | "example";
type CalloutProps = { type: string; title?: string; children?: ReactNode };

const ICONS: Record<CalloutType, ReactNode> = {
  note: (
    <>
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 11v6M12 7.5v.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </>
  ),
  warning: (
    <>
      <path d="M12 3.5L2.5 20h19z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
      <path d="M12 10v4.5M12 17.3v.2" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
    </>
  ),
  example: (
    <>
      <path
        d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </>
  ),
};

const typeOf = (value: string): CalloutType => (value === "warning" || value === "example" ? value : "note");

export function Callout({ type, title, children }: CalloutProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const kind = typeOf(type);
  const label = t(`lesson.callout.${kind}`);
  return (
    <aside role="note" className={`callout callout--${kind}`} aria-labelledby={titleId}>
      <svg className="callout__icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        {ICONS[kind]}
      </svg>
      <div className="callout__content">
        {/* The kind is spoken even when a title is shown, since the icon and colour are not. */}
        <p id={titleId} className="callout__title">
          {title ? (
            <>
              <span className="visually-hidden">{label}: </span>
              {title}
            </>
          ) : (
            label
          )}
        </p>
        <div className="callout__body">{children}</div>
      </div>
    </aside>
  );
}
