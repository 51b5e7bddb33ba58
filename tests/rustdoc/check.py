"""Checks the rustdoc pages of `iamport` as a merchant reads them.

- Every public type with `builder()` links to its builder's page, and that
  page lists a setter for each field and opens with its own sentence, "The
  builder of `X`, made by `X::builder()`." (not a re-export's).
- No signature of the derive's public face shows a `__`-prefixed name or a
  nested `(Unset, ...)` state: the builder pages, `builder()` on the built
  types, and the state modules (`*_builder/`). The definition of a state
  module's `Empty` is the one place that spells out the tree it names.
- A builder page's "**Required:**" fields are the ones `build()` says it
  needs; each group in its "**Groups:**" list is named, with its rule and
  members, by the members' setters and the group's setter, and an "exactly
  one" group by `build()`. A few builders (`BUILDERS`) must list the groups
  and required fields their structs declare.
- The typestate machinery (`iamport::typestate`, `#[doc(hidden)]`) stays off
  the pages of plain types (`PLAIN`): no impl, bound or method of it, and
  none under "Blanket Implementations".
- A state module (`STATE_MODULES`) lists `State`, `IsComplete`, `Empty`,
  `Set{Field}` and its `groups` module, and `State` has an associated type
  named after each field.

The pages of the merchant crate (`tests/merchant`, `merchant_example`) are
read from beside those of `iamport`: document both packages first.

Usage: python3 check.py target/doc/iamport
"""

import html
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1]).resolve()
doc = root.parent
merchant = doc / "merchant_example"
failures = []
checked = 0
builders = 0
opened = set()

SIGNATURE = re.compile(
    r'<pre class="rust item-decl">(.*?)</pre>|<h[34] class="code-header">(.*?)</h[34]>',
    re.S,
)
BUILDER_FN = re.compile(
    r'<h4 class="code-header">pub fn <a href="#method\.builder"[^>]*>builder</a>\(\) -&gt; '
    r'<a class="struct" href="([^"]+)"',
    re.S,
)
TOP_DOC = re.compile(
    r'<details class="toggle top-doc" open>.*?<div class="docblock">(.*?)</div></details>', re.S
)
# A method's heading and its doc, without running into the next method when
# one has no doc.
METHOD_DOC = re.compile(
    r'<section id="method\.(\w+)" class="method">(?:(?!<section ).)*?</section></summary>'
    r'<div class="docblock">(.*?)</div></details>',
    re.S,
)
SECTION = re.compile(r'<h2 id="([\w-]+)" class="section-header">(.*?)<a ', re.S)

# Builders whose pages must say what their structs declare: the page, the
# built type, required fields (at least these) and every group as
# (name, rule, members). From `core/src/request_pay/mod.rs` (`OneOffPayment`,
# `at_most_one(channel = ...)`), `core/src/request_pay/chai.rs` (`ChaiPayment`,
# `exactly_one(channel = ...)`), `core/src/rest/charges.rs` (`Again`), `core/src/rest/cancel.rs`
# (`CancelPayment` with `exactly_one(target = ...)`) and `tests/merchant`.
BUILDERS = [
    (
        "iamport/request_pay/struct.OneOffPaymentBuilder.html",
        "OneOffPayment",
        ["merchant_uid", "amount"],
        [("channel", "at most one", ["channel_key", "pg"])],
    ),
    (
        "iamport/request_pay/struct.ChaiPaymentBuilder.html",
        "ChaiPayment",
        ["merchant_uid", "amount", "m_redirect_url"],
        [("channel", "exactly one", ["channel_key", "pg"])],
    ),
    (
        "iamport/rest/struct.AgainBuilder.html",
        "Again",
        ["customer_uid", "merchant_uid", "amount", "name"],
        [],
    ),
    (
        "iamport/rest/struct.CancelPaymentBuilder.html",
        "CancelPayment",
        [],
        [("target", "exactly one", ["imp_uid", "merchant_uid"])],
    ),
    (
        "merchant_example/struct.GiftCardPaymentBuilder.html",
        "GiftCardPayment",
        ["merchant_uid", "amount", "gift_card_code"],
        [("channel", "at most one", ["channel_key", "pg"])],
    ),
    (
        "merchant_example/struct.BillingRequestBuilder.html",
        "BillingRequest",
        ["merchant_uid", "customer_uid", "amount"],
        [],
    ),
]

# Pages where no trait, bound or method of the typestate machinery may show.
PLAIN = [
    "merchant_example/struct.GiftCardPayment.html",
    "merchant_example/struct.GiftCardPaymentBuilder.html",
    "merchant_example/struct.BillingRequest.html",
    "merchant_example/struct.BillingRequestBuilder.html",
    "iamport/value/struct.Amount.html",
]
MACHINERY_TRAITS = ["Rep", "Maybe", "Value", "Leaf", "At", "Open", "Slot"]
# `maybe` and `value` are the methods of `Maybe` and `Value`.
MACHINERY_METHODS = ["put", "rep", "open", "maybe", "value"]
MACHINERY_NAME = re.compile(r"(?<![\w:])(?:\w+::)*(" + "|".join(MACHINERY_TRAITS) + r")\b(?!::)")
# A link to another crate's item of the same name (`serde_json::Value`).
OTHER_ITEM = re.compile(
    r'<a class="\w+" href="(?![^"]*typestate)[^"]*"[^>]*>(?:\w+::)*(?:' + "|".join(MACHINERY_TRAITS) + r")</a>"
)
MACHINERY_METHOD = re.compile(
    r'id="(?:method|tymethod)\.(' + "|".join(MACHINERY_METHODS) + r')"'
)

# State modules: the directory, and fields that must each have an associated
# type of `State` (and a `Set{Field}` alias) named after them.
STATE_MODULES = [
    (
        "iamport/request_pay/one_off_payment_builder",
        ["merchant_uid", "amount", "channel_key", "pg"],
    ),
    (
        "merchant_example/gift_card_payment_builder",
        ["merchant_uid", "amount", "gift_card_code", "channel_key", "pg"],
    ),
]


def text(fragment):
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def words(fragment):
    """A doc fragment as its Markdown reads: code in backticks, one space."""
    fragment = re.sub(r"</?code>", "`", fragment)
    return " ".join(text(fragment).split())


def name(page):
    return str(page.relative_to(doc))


def short(sentence):
    return sentence if len(sentence) <= 100 else sentence[:100] + "..."


def camel(field):
    return "".join(part.capitalize() for part in field.split("_"))


def listed(fields):
    return ", ".join(f"`{f}`" for f in fields)


def section_of(source, at):
    """The heading ("Blanket Implementations", ...) above position `at`."""
    heading = "the top of the page"
    for m in SECTION.finditer(source, 0, at):
        heading = '"' + text(m.group(2)).strip() + '"'
    return heading


def builder_page(page):
    """A builder page's parts, as their Markdown reads."""
    source = page.read_text(encoding="utf-8")
    top = TOP_DOC.search(source)
    top = top.group(1) if top else ""
    first = re.search(r"<p>(.*?)</p>", top, re.S)
    required = re.search(r"<p><strong>Required:</strong>(.*?)</p>", top, re.S)
    groups = re.search(r"<p><strong>Groups:</strong></p>\s*<ul>(.*?)</ul>", top, re.S)
    return {
        "top": bool(top),
        "first": words(first.group(1)) if first else "",
        "required": re.findall(r"`(\w+)`", words(required.group(1))) if required else [],
        "groups": [words(item) for item in re.findall(r"<li>(.*?)</li>", groups.group(1), re.S)]
        if groups
        else [],
        "methods": {m.group(1): words(m.group(2)) for m in METHOD_DOC.finditer(source)},
    }


def check_builder_page(page, owner):
    """Own sentence first; Required, Groups, setters and build() agree."""
    global checked
    parts = builder_page(page)
    opened.add(name(page))
    checked += 1
    own = f"The builder of `{owner}`, made by `{owner}::builder()`."
    if not parts["top"]:
        failures.append(f'{name(page)}: no description, expected one opening with "{own}"')
        return
    if not parts["first"].startswith(own):
        failures.append(f'{name(page)}: the description opens with "{short(parts["first"])}", expected "{own}"')
    methods = parts["methods"]
    build = methods.get("build", "")
    if parts["required"]:
        checked += 1
        fields = listed(parts["required"])
        if f"every required field is set ({fields})" not in build:
            failures.append(f"{name(page)}: build() does not say it needs the required fields ({fields})")
    for item in parts["groups"]:
        checked += 1
        m = re.match(r"`(\w+)`: (exactly one|at most one) of ((?:`\w+`(?:, )?)+)", item)
        if not m:
            failures.append(f'{name(page)}: a group reads "{short(item)}", expected "`group`: <rule> of `a`, `b`"')
            continue
        group, rule, members = m.group(1), m.group(2), m.group(3).rstrip(", ")
        if f"`.{group}(...)` sets it from a runtime choice" not in item:
            failures.append(f"{name(page)}: group `{group}` does not say `.{group}(...)` sets it from a runtime choice")
        for member in re.findall(r"`(\w+)`", members):
            for setter in (member, f"maybe_{member}"):
                if setter == member or setter in methods:
                    checked += 1
                    if f"In group `{group}`: {rule} of {members}" not in methods.get(setter, ""):
                        failures.append(
                            f"{name(page)}: {setter}() does not say \"In group `{group}`: {rule} of {members}\""
                        )
        checked += 1
        if f"Sets group `{group}` ({rule} of {members})" not in methods.get(group, ""):
            failures.append(
                f"{name(page)}: no group setter {group}() saying \"Sets group `{group}` ({rule} of {members})\""
            )
        if rule == "exactly one":
            checked += 1
            if f"group `{group}` has exactly one of {members}" not in build:
                failures.append(
                    f"{name(page)}: build() does not say it needs \"group `{group}` has exactly one of {members}\""
                )


for crate in (root, merchant):
    if not crate.is_dir():
        failures.append(f"{name(crate)}: no pages (document the package with cargo doc first)")
        continue
    for page in sorted(crate.rglob("*.html")):
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
                failures.append(f"{name(page)}: {signature.strip()[:160]}")
        for link in BUILDER_FN.findall(source):
            builders += 1
            target = (page.parent / link).resolve()
            if not target.exists():
                failures.append(f"{name(page)}: builder() links to {link}, which has no page")
                continue
            builder = target.read_text(encoding="utf-8")
            if 'id="method.build"' not in builder:
                failures.append(f"{name(target)}: no `build` method on the page")
            setters = len(re.findall(r'id="method\.(?!build")', builder))
            if setters == 0:
                failures.append(f"{name(target)}: no setters on the page")
            check_builder_page(target, page.name.split(".")[1])

# The builders that must say what their structs declare.
for path, owner, required, groups in BUILDERS:
    page = doc / path
    if not page.exists():
        failures.append(f"{path}: no page (expected the builder of `{owner}` there)")
        continue
    if path not in opened:
        check_builder_page(page, owner)
    parts = builder_page(page)
    for field in required:
        checked += 1
        if field not in parts["required"]:
            failures.append(f"{path}: the description does not list `{field}` under Required")
    for group, rule, members in groups:
        checked += 1
        expected = f"`{group}`: {rule} of {listed(members)}"
        if not any(re.match(re.escape(expected) + "(;|, required by `build\(\)`;)", item) for item in parts["groups"]):
            failures.append(f'{path}: the description does not list group "{expected}" under Groups')
    if not groups and parts["groups"]:
        failures.append(f"{path}: the description lists groups, expected none")

# The typestate machinery stays off the pages of plain types.
for path in PLAIN:
    page = doc / path
    if not page.exists():
        failures.append(f"{path}: no page")
        continue
    source = page.read_text(encoding="utf-8")
    for m in SIGNATURE.finditer(source):
        checked += 1
        signature = " ".join(text(re.sub(r'<div class="where">', " ", m.group(1) or m.group(2) or "")).split())
        leak = MACHINERY_NAME.search(text(OTHER_ITEM.sub("", m.group(1) or m.group(2) or "")))
        if leak:
            failures.append(
                f"{path}: `{leak.group(1)}` of the typestate machinery under {section_of(source, m.start())}: "
                f"{signature[:160]}"
            )
    for m in MACHINERY_METHOD.finditer(source):
        checked += 1
        failures.append(
            f"{path}: method `{m.group(1)}` of the typestate machinery under {section_of(source, m.start())}"
        )

# A state module names its states, and State has a type per field.
for path, fields in STATE_MODULES:
    module = doc / path
    index = module / "index.html"
    if not index.exists():
        failures.append(f"{path}/index.html: no page")
        continue
    source = index.read_text(encoding="utf-8")
    items = set(re.findall(r'<dt><a class="\w+" href="([^"]+)"', source))
    expected = {
        "trait.State.html": "trait `State`",
        "trait.IsComplete.html": "trait `IsComplete`",
        "type.Empty.html": "type `Empty`",
        "groups/index.html": "module `groups`",
    }
    expected.update({f"type.Set{camel(f)}.html": f"type `Set{camel(f)}`" for f in fields})
    for item, label in expected.items():
        checked += 1
        if item not in items:
            failures.append(f"{path}/index.html: does not list {label}")
    state = module / "trait.State.html"
    if not state.exists():
        failures.append(f"{path}/trait.State.html: no page")
        continue
    types = set(re.findall(r'id="associatedtype\.(\w+)"', state.read_text(encoding="utf-8")))
    for field in fields:
        checked += 1
        if field not in types:
            failures.append(f"{path}/trait.State.html: no associated type `{field}`")

if builders < 20:
    failures.append(f"only {builders} types with builder() found: is the path right?")
for failure in failures:
    print("rustdoc:", failure)
print(f"rustdoc: {builders} builders linked; {checked} signatures and docs read")
print(f"rustdoc: {checked + builders - len(failures)} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
