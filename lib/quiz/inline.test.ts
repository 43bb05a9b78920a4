import { describe, expect, it } from "vitest";
import { inlineMarkdownToHtml } from "./inline";

describe("inlineMarkdownToHtml", () => {
  it("escapes HTML", () => {
    expect(inlineMarkdownToHtml('<img src=x onerror="alert(1)"> & co')).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co");
  });

  it("renders code, bold and italic", () => {
    expect(inlineMarkdownToHtml("Call `x.mean()` **once**, *then* look.")).toBe(
      "Call <code>x.mean()</code> <strong>once</strong>, <em>then</em> look.",
    );
    expect(inlineMarkdownToHtml("`a < b`")).toBe("<code>a &lt; b</code>");
  });

  it("renders $math$ with KaTeX on the server", () => {
    const html = inlineMarkdownToHtml("The loss $L = x^2$ is convex.");
    expect(html).toContain('class="katex"');
    expect(html.startsWith("The loss ")).toBe(true);
  });
});
