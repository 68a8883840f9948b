"""End to end in a real browser: Debian's chromium driven by Playwright against ``banmian serve``'s app.

Flow: home → search a name known to be in the fixture archive → the article → its page view → upload a page
with the token, and fail without it.  Also: article markup never runs, keyboard reaches the content, a phone
viewport reads.  Screenshots go to ``$BANMIAN_SCREENSHOTS`` when set (``docs/screenshots`` to refresh the
README's pictures), else to a temporary folder.  Skips when chromium or playwright is missing; Playwright
is never allowed to download a browser.
"""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium (Debian package chromium)", allow_module_level=True)
pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api")

sys.path.insert(0, str(Path(__file__).parent))
import webfixture  # noqa: E402

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from banmian.web import create_app

    folder = tmp_path_factory.mktemp("web-e2e")
    db = webfixture.build_archive(folder)
    app = create_app(db, token=webfixture.TOKEN)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False, lifespan="on")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "folder": folder}
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")
    try:
        pw = sync_api.sync_playwright().start()
    except Exception as e:  # the driver itself is missing or broken
        pytest.skip(f"playwright cannot start: {e}")
    try:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
    except Exception as e:
        pw.stop()
        pytest.skip(f"chromium cannot start: {e}")
    yield b
    b.close()
    pw.stop()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    out = os.environ.get("BANMIAN_SCREENSHOTS")
    folder = Path(out) if out else tmp_path_factory.mktemp("shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    pg = ctx.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.dialogs = dialogs
    pg.errors = errors
    yield pg
    ctx.close()
    assert not dialogs, f"a script ran from page content: {dialogs}"
    assert not errors, f"JavaScript errors: {errors}"


def test_read_flow(server, page, shots):
    base = server["url"]
    page.goto(base + "/")
    assert page.locator("h2", has_text="报纸").is_visible()
    assert page.get_by_role("link", name="山城晚报").first.is_visible()
    page.screenshot(path=str(shots / "home.png"), full_page=True)

    # Search for a name known to be in the archive, from the home page's search box.
    page.get_by_role("searchbox").first.fill(webfixture.KNOWN_NAME)
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?**")
    hits = page.locator("ol.hits > li")
    assert hits.count() >= 1
    assert page.locator("ol.hits mark", has_text=webfixture.KNOWN_NAME).count() >= 1
    assert page.locator(".facets").get_by_text("山城晚报").count() >= 1
    page.screenshot(path=str(shots / "search.png"), full_page=True)

    # Open the first hit: the article, with the name in it.
    title = hits.first.locator("h3 a").inner_text()
    hits.first.locator("h3 a").click()
    page.wait_for_url("**/a/**")
    assert page.locator("article h1").inner_text() == title
    assert webfixture.KNOWN_NAME in page.locator("article").inner_text()
    assert "[N]" in page.locator("#citation").inner_text()
    page.screenshot(path=str(shots / "article.png"), full_page=True)

    # Follow to the page view at that article.
    page.get_by_role("link", name="在版面中查看").click()
    page.wait_for_url("**/p/**")
    assert page.locator(".recon article, ol.toc li").count() >= 1
    assert page.locator("h1").inner_text().startswith("第")
    page.screenshot(path=str(shots / "page-text.png"), full_page=True)


def test_calendar_issue_and_pdf_page(server, page, shots):
    base = server["url"]
    page.goto(base + "/n/%E5%B1%B1%E5%9F%8E%E6%99%9A%E6%8A%A5")  # 山城晚报
    days = page.locator("table.cal a")
    assert days.count() == 2  # 2024-03-01 and 2024-03-02
    page.screenshot(path=str(shots / "newspaper.png"), full_page=True)
    days.last.click()
    page.wait_for_url("**/2024-03-02**")
    page.screenshot(path=str(shots / "issue.png"), full_page=True)
    if webfixture.cjk_font() is None:
        pytest.skip("no CJK font: the fixture PDF page is not built")
    page.locator("ul.pages a", has_text="第 2 版").click()
    page.wait_for_url("**/p/**")
    img = page.locator(".scan img")
    img.wait_for()
    page.wait_for_function("document.querySelector('.scan img').naturalWidth > 0")
    regions = page.locator(".scan a.region")
    assert regions.count() >= 1
    # Each outlined region sits inside the page image.
    box, first = img.bounding_box(), regions.first.bounding_box()
    assert box["x"] - 1 <= first["x"] and first["x"] + first["width"] <= box["x"] + box["width"] + 1
    page.screenshot(path=str(shots / "page-pdf.png"), full_page=True)
    regions.first.click()
    page.wait_for_url("**/a/**")
    assert page.locator("article h1").is_visible()


def test_markup_in_articles_never_runs(server, page):
    base = server["url"]
    page.goto(base + "/search?q=" + "网页安全测试稿")
    page.locator("ol.hits h3 a").first.click()
    page.wait_for_url("**/a/**")
    body = page.locator("article").inner_text()
    assert "<script>" in body  # shown as text ...
    assert page.locator("article script, article img").count() == 0  # ... never turned into elements
    # the fixture dialogs check in the page fixture fails the test if alert() ran


def test_keyboard_and_phone(server, browser, shots):
    base = server["url"]
    ctx = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True, locale="zh-CN"
    )
    pg = ctx.new_page()
    try:
        pg.goto(base + f"/search?q={webfixture.KNOWN_PLACE}")
        pg.locator("ol.hits h3 a").first.click()
        pg.wait_for_url("**/a/**")
        # Keyboard: the first Tab reaches the skip link, which moves focus past the masthead to the content.
        pg.keyboard.press("Tab")
        assert pg.evaluate("document.activeElement.className") == "skip"
        pg.keyboard.press("Enter")
        assert pg.evaluate("document.activeElement.id") == "main"
        # No sideways scrolling on a phone: the text fits the screen.
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390 + 1
        pg.screenshot(path=str(shots / "article-phone.png"), full_page=True)
    finally:
        ctx.close()


def test_upload_needs_token(server, page, shots):
    base = server["url"]
    text = server["folder"] / "晚报-2024-03-05-01.txt"
    text.write_text("上传测试标题\n\n本报记者 司马相如\n\n这是一篇通过网页上传的稿件，讲述南岸区的新变化。\n", "utf-8")

    def submit(token: str):
        page.goto(base + "/upload")
        page.get_by_label("报纸名称").fill("上传测试报")
        page.get_by_label("出版日期").fill("2024-03-05")
        page.set_input_files("#f-files", str(text))
        page.get_by_label("上传口令 Token").fill(token)
        page.get_by_role("button", name="上传并解析").click()

    submit("wrong-token")
    page.locator(".notice.err").wait_for()
    assert "口令不对" in page.locator(".notice.err").inner_text()
    page.screenshot(path=str(shots / "upload-refused.png"), full_page=True)
    found = page.request.get(base + "/api/search?q=司马相如").json()
    assert found["total"] == 0

    submit(webfixture.TOKEN)
    page.locator(".notice.ok").wait_for()
    assert "已入库 1 版" in page.locator(".notice.ok").inner_text()
    page.screenshot(path=str(shots / "upload.png"), full_page=True)
    found = page.request.get(base + "/api/search?q=司马相如").json()
    assert found["total"] == 1
