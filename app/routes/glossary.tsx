import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { GLOSSARY } from "#app/content/glossary";
import { UNCAC_ARTICLES, UNCAC_CHAPTERS } from "#app/content/uncac-articles";
import { getUser } from "#app/utils/auth.server";
import { resolveLocale } from "#app/i18n/i18n.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  const locale = await resolveLocale(request, user?.locale);
  const prose = locale === "zh" ? "zh" : "en";
  const terms = Object.entries(GLOSSARY)
    .map(([key, entry]) => ({ key, term: entry.term[locale], definition: entry.definition[prose], articles: entry.articles }))
    .sort((a, b) => a.term.localeCompare(b.term, locale));
  const chapters = UNCAC_CHAPTERS.map((chapter) => ({
    number: chapter.number,
    title: chapter.title[locale],
    articles: UNCAC_ARTICLES.filter((a) => a.chapter === chapter.number).map((a) => ({
      number: a.number,
      title: a.title[locale],
      summary: a.summary[prose],
    })),
  }));
  return { terms, chapters, proseLang: prose === "zh" ? "zh-Hans" : "en" };
}

export default function GlossaryPage() {
  const { t } = useTranslation();
  const { terms, chapters, proseLang } = useLoaderData<typeof loader>();
  return (
    <div className="page glossary-page">
      <h1>{t("glossary.title")}</h1>
      <p className="lead">{t("glossary.intro")}</p>
      <dl className="glossary-list">
        {terms.map((entry) => (
          <div key={entry.key} id={`term-${entry.key}`} className="glossary-list__entry">
            <dt>{entry.term}</dt>
            <dd lang={proseLang}>
              {entry.definition}{" "}
              {entry.articles.length ? (
                <span className="muted">
                  {t("glossary.related")}:{" "}
                  {entry.articles.map((n, i) => (
                    <span key={n}>
                      {i > 0 ? ", " : ""}
                      <a href={`#article-${n}`}>{n}</a>
                    </span>
                  ))}
                </span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <h2>{t("glossary.articlesTitle")}</h2>
      <p>{t("glossary.articlesIntro")}</p>
      {chapters.map((chapter) => (
        <section key={chapter.number} aria-labelledby={`chapter-${chapter.number}`}>
          <h3 id={`chapter-${chapter.number}`}>
            {t("glossary.chapter", { number: chapter.number })}: {chapter.title}
          </h3>
          <dl className="article-index">
            {chapter.articles.map((article) => (
              <div key={article.number} id={`article-${article.number}`}>
                <dt>
                  {t("glossary.article", { number: article.number })}. {article.title}
                </dt>
                <dd lang={proseLang}>{article.summary}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "Glossary and UNCAC articles · Integrity Academy" }];
