import { describe, expect, it } from "vitest";
import { renderLesson as render } from "#tests/support/render-lesson";
import { Option, Question, Quiz } from "./quiz";

// What the browser receives after compilation: no `correct`, no `feedback`, no `explanation`.
const quiz = (
  <Quiz id="q-basics" title="Check your understanding">
    <Question id="q1" quizId="q-basics" type="single" prompt="Which article covers bribery of national public officials?">
      <Option index="0">Article 5</Option>
      <Option index="1">Article 15</Option>
      <Option index="2">Article 46</Option>
    </Question>
    <Question id="q2" quizId="q-basics" type="multiple" prompt="Select every form of undue advantage.">
      <Option index="0">Cash</Option>
      <Option index="1">A job for a nephew</Option>
    </Question>
  </Quiz>
);

const q1Result = {
  selected: [0],
  correct: false,
  correctOptions: [1],
  feedback: [{ index: 0, text: "Article 5 sets out preventive policies." }],
  explanation: "Article 15 requires States Parties to criminalize bribery.",
};

describe("Question", () => {
  it("renders the prompt as the legend and one input per option, by type", () => {
    const html = render(quiz);
    expect(html).toContain("<h3");
    expect(html).toMatch(/<legend[^>]*>Which article covers bribery of national public officials\?<\/legend>/);
    expect(html.match(/type="radio"/g)).toHaveLength(3);
    expect(html.match(/type="checkbox"/g)).toHaveLength(2);
    expect(html).toContain("Check answer");
  });

  it("gives no hint of the correct answer before checking", () => {
    const html = render(quiz);
    expect(html).not.toMatch(/correct|feedback|explanation/i);
    // Every option looks the same apart from its text and index.
    expect(html.match(/<li class="option">/g)).toHaveLength(5);
    expect(html).not.toContain("checked");
  });

  it("restores a checked answer with its verdict, feedback, correct option and explanation", () => {
    const html = render(quiz, { questions: { "q-basics/q1": q1Result } });
    expect(html).toContain("Article 5 sets out preventive policies.");
    expect(html).toContain("Article 15 requires States Parties to criminalize bribery.");
    expect(html).toMatch(/class="option option--correct"[\s\S]*?Article 15[\s\S]*?Correct answer/);
    expect(html).toMatch(/class="option option--wrong"[\s\S]*?Article 5/);
    expect(html).toContain("Incorrect");
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain("Try again");
    // The answered question's inputs are locked and show the saved selection.
    const saved = /<input[^>]*value="0"[^>]*>/.exec(html)?.[0] ?? "";
    expect(saved).toContain('checked=""');
    expect(saved).toContain('disabled=""');
    // Only one of the two questions is answered: no score yet.
    expect(html).not.toContain("of 2 correct");
  });

  it("offers no second try in the final assessment", () => {
    const html = render(quiz, { questions: { "q-basics/q1": q1Result } }, { isFinalAssessment: true });
    expect(html).not.toContain("Try again");
  });

  it("shows the score once every question is checked", () => {
    const q2Result = { selected: [0, 1], correct: true, correctOptions: [0, 1], feedback: [], explanation: "Both count." };
    const html = render(quiz, { questions: { "q-basics/q1": q1Result, "q-basics/q2": q2Result } });
    expect(html).toContain("1 of 2 correct");
  });
});
