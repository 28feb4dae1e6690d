import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { FieldMessage } from "#app/utils/forms";

type FieldProps = {
  label: string;
  name: string;
  errors?: FieldMessage[];
  hint?: string;
} & React.InputHTMLAttributes<HTMLInputElement>;

export function Field({ label, name, errors, hint, ...inputProps }: FieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...inputProps}
      />
      {errors?.length ? (
        <ul id={errorId} className="field__errors">
          {errors.map((error) => (
            <li key={error.key}>{t(error.key, error.values)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function FormError({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

/** Bots fill every field; people never see this one. */
export function Honeypot() {
  return (
    <div className="visually-hidden" aria-hidden="true">
      <label htmlFor="website-field">Website</label>
      <input id="website-field" name="website" type="text" tabIndex={-1} autoComplete="off" />
    </div>
  );
}
