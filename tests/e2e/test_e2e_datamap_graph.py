"""The data map's reference graph: laid out in layers by Graphviz, fitted to its box, zoomed
and moved around; without Graphviz, drawn in columns with a sentence that says so."""

from __future__ import annotations

import secrets
import shutil

import pytest

from troth.datamap.graph import build_graph
from troth.datamap.reader import dataset_from_body
from troth.demo.datasets import demo_datasets
from troth.staff.accounts import StaffAccounts
from troth.testing.live import LiveServer
from troth.web.console.svg import column_graph_svg, graph_dot, render_dot

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed")


def _sign_in(live_server: LiveServer, page) -> None:  # noqa: ANN001
    store = live_server.app.state.context.store
    for body in demo_datasets():
        store.save_dataset(body["fides_key"], body, None, "demo")
    password = "Pw-" + secrets.token_urlsafe(16)
    StaffAccounts(store.engine).create("viewer@staff.example.com", password, "viewer")
    page.goto(f"{live_server.url}/console/login")
    page.get_by_label("Staff e-mail address").fill("viewer@staff.example.com")
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


@needs_dot
def test_dot_lays_the_graph_out_and_every_reference_is_an_arrow() -> None:
    graph = build_graph([dataset_from_body(b) for b in demo_datasets()])
    svg = render_dot(graph_dot(graph))
    assert svg is not None and svg.startswith("<svg")
    pairs = {(e.source, e.target) for e in graph.edges if e.source != e.target}
    assert svg.count('class="edge"') == len(pairs)
    assert svg.count('class="node"') == len(graph.nodes)
    assert svg.count('class="cluster"') == len({n.dataset for n in graph.nodes})
    # the column drawing is as wide as three thousand pixels; the layered one is not
    assert _width(svg) < _width(column_graph_svg(graph))


def _width(svg: str) -> float:
    head = svg[: svg.index(">")]
    value = head.split('width="')[1].split('"')[0]
    return float(value.rstrip("pt")) * (4 / 3 if value.endswith("pt") else 1)


@needs_dot
def test_the_graph_fits_its_box_and_zooms(live_server: LiveServer, page) -> None:  # noqa: ANN001
    _sign_in(live_server, page)
    page.goto(f"{live_server.url}/console/datamap")
    assert page.locator("#graph-fallback").count() == 0
    view = page.locator("#graph-view")
    image = view.locator("img")
    page.wait_for_function("document.querySelector('#graph-view img').naturalWidth > 0")
    page.wait_for_function(
        "document.getElementById('graph-zoom').textContent !== '100%' || "
        "document.querySelector('#graph-view img').naturalWidth <= "
        "document.getElementById('graph-view').clientWidth"
    )
    box_width = view.evaluate("v => v.clientWidth")
    assert image.evaluate("i => i.getBoundingClientRect().width") <= box_width + 1  # fitted
    assert image.evaluate("i => i.getBoundingClientRect().height") <= view.evaluate(
        "v => v.clientHeight + 1"
    )  # the whole graph in view, no scrolling needed
    fitted = image.evaluate("i => i.getBoundingClientRect().width")
    for _ in range(5):
        page.get_by_role("button", name="Zoom in").click()
    assert image.evaluate("i => i.getBoundingClientRect().width") > fitted * 2.5
    assert view.evaluate("v => v.scrollWidth > v.clientWidth")  # now it pans
    view.evaluate("v => { v.scrollLeft = 0; }")
    box = view.bounding_box()
    page.mouse.move(box["x"] + 200, box["y"] + 100)
    page.mouse.down()
    page.mouse.move(box["x"] + 50, box["y"] + 100, steps=5)
    page.mouse.up()
    assert view.evaluate("v => v.scrollLeft") > 100  # dragged to the right part
    page.get_by_role("button", name="Fit").click()
    assert abs(image.evaluate("i => i.getBoundingClientRect().width") - fitted) < 2
    assert page.csp_errors == []


def test_without_graphviz_the_page_says_so(
    live_server: LiveServer,
    page,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    render_dot.cache_clear()
    _sign_in(live_server, page)
    page.goto(f"{live_server.url}/console/datamap")
    notice = page.locator("#graph-fallback").inner_text()
    assert "Graphviz" in notice and "not installed" in notice
    svg = page.request.get(f"{live_server.url}/console/datamap/graph.svg").text()
    assert "one column per dataset" not in svg and svg.startswith("<svg")
    assert "Reference graph of the data map" in svg  # the column drawing
    render_dot.cache_clear()
