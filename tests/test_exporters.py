"""Lab's File › Save and Export Notebook As, through a real Jupyter server: the build's page and PDF.

Also the save hook `make lab` installs: a notebook saved through the contents API is written clean.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from analysis.clean import KERNELSPEC, clean, pre_save_hook
from conftest import ROOT

TOKEN = "coalition-test-token"


def dirty_notebook() -> dict:
    nb = json.loads((ROOT / "notebooks" / "08_annex_method.ipynb").read_text(encoding="utf-8"))
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            cell["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "x\n"}]
            cell["execution_count"] = i
            cell["metadata"]["execution"] = {"iopub.status.busy": "2026-01-01"}
    nb["metadata"]["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "other"}
    return nb


def test_the_save_hook_writes_the_committed_form():
    committed = json.loads((ROOT / "notebooks" / "08_annex_method.ipynb").read_text(encoding="utf-8"))
    model = {"type": "notebook", "content": dirty_notebook()}
    pre_save_hook(model=model, path="notebooks/08_annex_method.ipynb", contents_manager=None)
    assert model["content"] == committed
    assert clean(dirty_notebook())["metadata"]["kernelspec"] == KERNELSPEC


def tweaked(lang: str) -> dict:
    """08_annex_method as an editor leaves it in Lab after setting `lang` in the parameters cell."""
    nb = json.loads((ROOT / "notebooks" / "08_annex_method.ipynb").read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if "parameters" in cell["metadata"].get("tags", []):
            cell["source"] = "".join(cell["source"]).replace('lang: str = "en"', f'lang: str = "{lang}"')
    return nb


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("lab")
    for lang in ("ar", "en"):
        (root / f"overview_{lang}.ipynb").write_text(json.dumps(tweaked(lang)), encoding="utf-8")
    port = free_port()
    args = [sys.executable, "-m", "jupyter_server", "--no-browser", f"--port={port}", "--ServerApp.ip=127.0.0.1",
            f"--IdentityProvider.token={TOKEN}", f"--config={ROOT / 'jupyter_server_config.py'}",
            f"--ServerApp.root_dir={root}", "--ServerApp.port_retries=0"]
    if os.geteuid() == 0:
        args.append("--allow-root")
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=2)
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"jupyter server exited: {proc.stderr.read()[-2000:]}")
                time.sleep(0.2)
        yield url, root
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def get(url: str, timeout: float = 180):
    request = urllib.request.Request(url, headers={"Authorization": f"token {TOKEN}"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return response.read(), response.headers


def visible_text(page: str) -> str:
    page = re.sub(r"<script>.*?</script>", "", page, flags=re.S)
    page = re.sub(r"<style>.*?</style>", "", page, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)).strip()


@pytest.mark.e2e
def test_saving_through_the_contents_api_leaves_the_notebook_clean(server):
    url, root = server
    body = json.dumps({"type": "notebook", "format": "json", "content": dirty_notebook()}).encode()
    request = urllib.request.Request(f"{url}/api/contents/saved.ipynb", data=body, method="PUT",
                                     headers={"Authorization": f"token {TOKEN}", "Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=30).read()
    saved = json.loads((root / "saved.ipynb").read_text(encoding="utf-8"))
    assert saved == json.loads((ROOT / "notebooks" / "08_annex_method.ipynb").read_text(encoding="utf-8"))


@pytest.mark.e2e
def test_the_export_menu_lists_the_project_formats(server):
    url, _ = server
    formats = json.loads(get(f"{url}/api/nbconvert")[0])
    assert {"coalition_html", "coalition_pdf"} <= set(formats)
    assert formats["coalition_pdf"]["output_mimetype"] == "application/pdf"


@pytest.mark.e2e
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_html_export_through_the_server_is_the_builds_page(server, full_build, lang):
    from analysis.catalogue import t
    from analysis.export import export_html

    url, _ = server
    page, headers = get(f"{url}/nbconvert/coalition_html/overview_{lang}.ipynb?download=true")
    page = page.decode("utf-8")
    assert f"overview_{lang}.html" in headers["Content-Disposition"]
    title = t("method.title", lang)
    assert f'<html lang="{lang}">' in page and f"<title>{title}</title>" in page
    assert page.count("coalitionPlot(") == 2  # the chart's call and the function itself
    executed = full_build.build / lang / "08_annex_method.ipynb"  # the shared build's run
    built = export_html(__import__("nbformat").read(str(executed), as_version=4), lang, title=title)  # the build's page, but for its link to the other edition
    assert visible_text(page) == visible_text(built)


@pytest.mark.e2e
def test_pdf_export_through_the_server_is_printed_in_arabic(server):
    from pypdf import PdfReader

    from analysis.catalogue import t

    url, _ = server
    pdf, headers = get(f"{url}/nbconvert/coalition_pdf/overview_ar.ipynb?download=true")
    assert headers["Content-Type"].startswith("application/pdf") and pdf.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    import unicodedata

    text = unicodedata.normalize("NFKC", "".join(page.extract_text() for page in reader.pages))
    assert unicodedata.normalize("NFKC", t("method.title", "ar").split()[0]) in text
