import { describe, expect, it } from "vitest";
import { renderLesson as render } from "#tests/support/render-lesson";
import { Choice, Ending, Scenario, Step } from "./scenario";

// The shape MDX produces: the narrative in a paragraph, choices beside it (or, when an author
// writes them without a blank line, inside the same paragraph).
const scenario = (
  <Scenario id="s-customs" title="The customs clearance" start="arrival">
    <Step id="arrival" title="Monday, 8:40, the port">
      <p>
        An officer asks for an <strong>express fee</strong>.
        <Choice to="pay" consequence="You paid a bribe.">
          Pay the fee
        </Choice>
      </p>
      <Choice to="receipt" consequence="The officer admits there is no such fee.">
        Ask for a receipt
      </Choice>
    </Step>
    <Step id="receipt" title="Monday, 9:00, the office">
      <p>The officer shrugs.</p>
      <Choice to="end-good" consequence="You use the official lane.">
        Use the official lane
      </Choice>
    </Step>
    <Step id="pay" title="Later">
      <p>The container moves.</p>
      <Choice to="end-bad" consequence="The audit finds it.">
        Hide it
      </Choice>
    </Step>
    <Ending id="end-good" outcome="good" title="Cleared without a bribe">
      <p>Article 15 was respected.</p>
    </Ending>
    <Ending id="end-bad" outcome="bad" title="Found out">
      <p>Article 12 was breached.</p>
    </Ending>
  </Scenario>
);

describe("Scenario", () => {
  it("renders the start step with its narrative and its choices as buttons", () => {
    const html = render(scenario);
    expect(html).toContain("The customs clearance");
    expect(html).toContain("Monday, 8:40, the port");
    expect(html).toContain("<strong>express fee</strong>");
    expect(html.match(/<button type="button" class="scenario__choice">/g)).toHaveLength(2);
    expect(html).toContain("Pay the fee");
    // Consequences, later steps and endings stay hidden until reached.
    expect(html).not.toContain("You paid a bribe.");
    expect(html).not.toContain("The officer shrugs.");
    expect(html).not.toContain("Cleared without a bribe");
  });

  it("restores a saved path: history with the chosen consequence, then the ending", () => {
    const html = render(scenario, { scenarios: { "s-customs": ["arrival", "receipt", "end-good"] } });
    expect(html).toContain("Your path so far");
    expect(html).toContain("An officer asks for an");
    expect(html).toMatch(/You chose:[\s\S]*?Ask for a receipt/);
    expect(html).toContain("The officer admits there is no such fee.");
    expect(html).toContain("You use the official lane.");
    expect(html).not.toContain("You paid a bribe.");
    expect(html).toContain("Cleared without a bribe");
    expect(html).toContain("Good outcome");
    expect(html).toContain("Article 15 was respected.");
    expect(html).toContain("Start again");
    // History shows past choices as text; only the ending's button remains.
    expect(html).not.toContain('class="scenario__choice"');
  });

  it("ignores a saved path that no longer follows the story", () => {
    const html = render(scenario, { scenarios: { "s-customs": ["arrival", "end-bad"] } });
    expect(html).not.toContain("Found out");
    expect(html.match(/class="scenario__choice"/g)).toHaveLength(2);
  });
});
