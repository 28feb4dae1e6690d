/** Interface text of the lesson components (quiz, scenario, …); wired into the tree as `lesson`. */
export const enLesson = {
  quiz: {
    defaultTitle: "Quiz",
    chooseOne: "Choose one answer.",
    chooseAll: "Choose all the answers that apply.",
    finalNote: "This is the final assessment: once you check an answer, you cannot change it.",
    check: "Check answer",
    checking: "Checking…",
    tryAgain: "Try again",
    retry: "Retry",
    error: "Your answer could not be checked. Check your connection, then retry. Your selection is kept.",
    correct: "Correct",
    incorrect: "Incorrect",
    correctAnswer: "Correct answer",
    wrongChoice: "Your answer – not correct",
    explanation: "Explanation",
    score: "{{correct}} of {{total}} correct",
  },
  scenario: {
    defaultTitle: "Scenario",
    step: "Step {{number}}",
    history: "Your path so far",
    youChose: "You chose:",
    whatHappened: "What happened",
    whatDoYouDo: "What do you do?",
    ending: "Ending",
    startAgain: "Start again",
    outcome: {
      good: "Good outcome",
      mixed: "Mixed outcome",
      bad: "Poor outcome",
    },
  },
  knowledgeCheck: {
    label: "Knowledge check",
    show: "Show answer",
    hide: "Hide answer",
  },
  callout: {
    note: "Note",
    warning: "Warning",
    example: "Example",
  },
  uncac: {
    label: "Art. {{article}} — {{title}}",
    fallback: "UNCAC art. {{article}}",
  },
  reflection: {
    saving: "Saving…",
    saved: "Saved with your progress",
    notSavedYet: "Your answer is saved with your progress as you type.",
    count: "{{length}} / {{max}} characters",
  },
  facilitator: {
    label: "Facilitator note",
    audience: "Shown to trainers only",
  },
};
