"""Checks the rustdoc pages of `iamport` as a merchant reads them.

- Every public type with `builder()` links to its builder's page, and that
  page lists a setter for each field.
- No signature of the derive's public face shows a `__`-prefixed name or a
  nested `(Unset, ...)` state: the builder pages, `builder()` on the built
  types, and the state modules (`*_builder/`). The definition of a state
  module's `Empty` is the one place that spells out the tree it names.

Usage: python3 check.py target/doc/iamport
"""

import html
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
failures = []
checked = 0
builders = 0

SIGNATURE = re.compile(
    r'<pre class="rust item-decl">(.*?)</pre>|<h[34] class="code-header">(.*?)</h[34]>',
    re.S,
)
BUILDER_FN = re.compile(
    r'<h4 class="code-header">pub fn <a href="#method\.builder"[^>]*>builder</a>\(\) -&gt; '
    r'<a class="struct" href="([^"]+)"',
    re.S,
)


def text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


for page in sorted(root.rglob("*.html")):
    if "/src/" in str(page) or page.name in ("all.html", "search.html"):
        continue
    source = page.read_text(encoding="utf-8")
    ours = (page.name.startswith("struct.") and page.name.endswith("Builder.html")) or (
        page.parent.name.endswith("_builder") and page.name != "type.Empty.html"
    )
    signatures = [text(m.group(1) or m.group(2) or "") for m in SIGNATURE.finditer(source)]
    if not ours:
        signatures = [s for s in signatures if s.startswith("pub fn builder()")]
    for signature in signatures:
        checked += 1
        if "__" in signature or "(Unset" in signature:
            failures.append(f"{page.relative_to(root)}: {signature.strip()[:160]}")
    for link in BUILDER_FN.findall(source):
        builders += 1
        target = (page.parent / link).resolve()
        if not target.exists():
            failures.append(f"{page.relative_to(root)}: builder() links to {link}, which has no page")
            continue
        builder = target.read_text(encoding="utf-8")
        if 'id="method.build"' not in builder:
            failures.append(f"{link}: no `build` method on the page")
        setters = len(re.findall(r'id="method\.(?!build")', builder))
        if setters == 0:
            failures.append(f"{link}: no setters on the page")

if builders < 20:
    failures.append(f"only {builders} types with builder() found: is the path right?")
for failure in failures:
    print("rustdoc:", failure)
print(f"rustdoc: {builders} builders linked; {checked} signatures read")
print(f"rustdoc: {checked + builders - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
