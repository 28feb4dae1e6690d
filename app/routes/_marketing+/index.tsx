import type { MetaFunction } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useOptionalUser } from "#app/utils/i18n-context";

const TIERS = [
  { key: "basic", title: "landing.tiers.basic", body: "landing.tiers.basicBody" },
  { key: "advanced", title: "landing.tiers.advanced", body: "landing.tiers.advancedBody" },
  { key: "train-the-trainer", title: "landing.tiers.trainTheTrainer", body: "landing.tiers.trainTheTrainerBody" },
  { key: "private-sector", title: "landing.tiers.privateSector", body: "landing.tiers.privateSectorBody" },
] as const;

export default function LandingPage() {
  const { t } = useTranslation();
  const user = useOptionalUser();
  return (
    <div className="landing">
      <section className="hero">
        <div className="hero__inner">
          <h1>{t("landing.heroTitle")}</h1>
          <p className="lead">{t("landing.heroBody")}</p>
          <p className="hero__actions">
            <Link to="/courses" className="button">
              {t("landing.browse")}
            </Link>
            {user ? (
              <Link to="/learn" className="button button--secondary">
                {t("landing.continue")}
              </Link>
            ) : (
              <Link to="/signup" className="button button--secondary">
                {t("landing.start")}
              </Link>
            )}
          </p>
        </div>
      </section>
      <section className="page" aria-labelledby="tiers-title">
        <h2 id="tiers-title">{t("landing.tiersTitle")}</h2>
        <ol className="tier-grid">
          {TIERS.map((tier) => (
            <li key={tier.key} className={`tier-card tier-card--${tier.key}`}>
              <h3>
                <Link to={`/courses?tier=${tier.key}`}>{t(tier.title)}</Link>
              </h3>
              <p>{t(tier.body)}</p>
            </li>
          ))}
        </ol>
        <h2>{t("landing.featuresTitle")}</h2>
        <ul className="feature-list">
          <li>{t("landing.features.offline")}</li>
          <li>{t("landing.features.languages")}</li>
          <li>{t("landing.features.certificates")}</li>
        </ul>
      </section>
    </div>
  );
}

export const meta: MetaFunction = () => [
  { title: "Integrity Academy · Anti-corruption training" },
  { name: "description", content: "Training on the UN Convention against Corruption for public officials, trainers and companies." },
];
