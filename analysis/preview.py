"""`coalition-reports preview`: the reports served on 127.0.0.1, rebuilt on save, the page reloaded.

One process holds one warm kernel (the build's engine) and one browser. It watches
the notebooks, the data (the catalogue with it), the package and its template
(watchfiles). On a change it runs what the change touches, writes each report's HTML
first, tells the open pages (they poll `/__version` and reload, keeping their
scroll position), then prints the PDFs. A change to the package's Python code
restarts the kernel, so the notebooks run the new code. Pages go to
`build/preview/<lang>/<name>.html|pdf`; `reports/` is never touched.

Ctrl-C stops the watcher, the web server, the kernel and the browser.
"""

from __future__ import annotations

import functools
import http.server
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .exceptions import CoalitionReportsError
from .paths import PACKAGE_DIR, build_dir, data_dir, notebooks_dir

POLL_MS = 300
RELOAD_SCRIPT = """<script>
(function () {
  var key = "coalition-preview-scroll:" + location.pathname;
  var y = sessionStorage.getItem(key);
  if (y !== null) { window.addEventListener("load", function () { window.scrollTo(0, +y); }); }
  var seen = null;
  function poll() {
    fetch("/__version", {cache: "no-store"}).then(function (r) { return r.text(); }).then(function (v) {
      if (seen === null) { seen = v; }
      else if (v !== seen) { sessionStorage.setItem(key, String(window.scrollY)); location.reload(); return; }
      setTimeout(poll, %d);
    }, function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>""" % POLL_MS


PLOTLY_URL = "/__plotly.js"


def with_reload(page: str) -> str:
    """The page with the script that reloads it when the preview rebuilds, and plotly.js loaded from
    the preview's server (cached by the browser, compiled once) instead of inlined in every reload."""
    from .export import plotly_js

    page = page.replace(f"<script>{plotly_js()}</script>", f'<script src="{PLOTLY_URL}"></script>', 1)
    return page.replace("</body>", RELOAD_SCRIPT + "\n</body>", 1) if "</body>" in page else page + RELOAD_SCRIPT


@dataclass
class State:
    """What the web server shows: a version that changes on every rebuild, and the last error."""

    version: int = 0
    error: str = ""
    pages: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def bump(self, error: str = "") -> None:
        with self.lock:
            self.version += 1
            self.error = error


def affected(changes: set[tuple[object, str]], names: list[str]) -> tuple[list[str], bool]:
    """(the notebooks to run again, whether the kernel must restart) for a set of watchfiles changes."""
    restart, everything, only = False, False, set()
    for _change, raw in changes:
        path = Path(raw)
        if path.suffix == ".ipynb" and path.parent == notebooks_dir():
            only.add(path.stem)
        elif path.suffix == ".py" and PACKAGE_DIR in path.parents:
            restart = everything = True
        elif path.suffix in {".csv", ".ftl", ".j2", ".css", ".json", ".txt"}:
            everything = True
    return (list(names) if everything else [n for n in names if n in only]), restart


def _watch_filter(change, path: str) -> bool:
    name = Path(path).name
    return not (name.startswith(".") or name.endswith((".tmp", "~")) or "__pycache__" in path
                or ".ipynb_checkpoints" in path)


class Preview:
    """Run, export and print the previewed reports, one language, with a warm kernel and one browser."""

    def __init__(self, names: list[str], lang: str, folder: Path, pdf: bool = True, say=print) -> None:
        self.names, self.lang, self.folder, self.pdf, self.say = names, lang, folder, pdf, say
        self.state = State(pages=[f"{lang}/{n}.html" for n in names])
        self._printer = None

    def page_path(self, name: str, ext: str) -> Path:
        return self.folder / self.lang / f"{name}.{ext}"

    def html(self, name: str) -> float:
        """Execute `name` in the warm kernel and write its page; the seconds it took."""
        from .catalogue import t
        from .execute import execute
        from .export import export_html
        from .notebooks import discover

        start = time.perf_counter()
        (nb,) = discover(only=[name])
        executed = self.folder / "executed" / self.lang / f"{name}.ipynb"
        execute(nb.path, executed, {"lang": self.lang})
        title = t(nb.title_key, self.lang) if nb.title_key else name
        page = export_html(executed, self.lang, title=title, name=name, self_contained=True)
        target = self.page_path(name, "html")
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_text(with_reload(page), encoding="utf-8")
        tmp.replace(target)
        return time.perf_counter() - start

    def print_pdf(self, name: str) -> None:
        from .catalogue import t
        from .pdf import PdfPrinter

        if self._printer is None:
            self._printer = PdfPrinter().__enter__()
        target = self.page_path(name, "pdf")
        tmp = target.with_name(f".{target.name}.tmp")
        self._printer.print(self.page_path(name, "html"), tmp, t("ui.page_of", self.lang, page="{page}", total="{total}"),
                            self.lang)
        tmp.replace(target)

    def rebuild(self, names: list[str], restart: bool = False) -> None:
        from .kernels import WarmKernelEngine

        if restart:
            WarmKernelEngine.shutdown_all()
            self.say("package changed: kernel restarted")
        errors = []
        for name in names:
            try:
                seconds = self.html(name)
                self.say(f"html {self.lang}/{name}.html in {seconds:.2f} s")
            except CoalitionReportsError as exc:
                errors.append(str(exc))
                self.say(f"error: {exc}")
        self.state.bump("\n".join(errors))  # the open pages reload now, before the PDFs
        if self.pdf and not errors:
            for name in names:
                try:
                    start = time.perf_counter()
                    self.print_pdf(name)
                    self.say(f"pdf  {self.lang}/{name}.pdf in {time.perf_counter() - start:.2f} s")
                except CoalitionReportsError as exc:
                    self.say(f"error: {exc}")

    def close(self) -> None:
        from .kernels import WarmKernelEngine

        if self._printer is not None:
            self._printer.__exit__(None, None, None)
            self._printer = None
        WarmKernelEngine.shutdown_all()


class _Handler(http.server.SimpleHTTPRequestHandler):
    state: State

    def __init__(self, *args, state: State, **kwargs):
        self.state = state
        super().__init__(*args, **kwargs)

    def log_message(self, *args) -> None:  # quiet: the preview prints its own lines
        pass

    def end_headers(self) -> None:
        if self.path != PLOTLY_URL:
            self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == PLOTLY_URL:
            from .export import plotly_js

            body = plotly_js().encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/javascript; charset=utf-8")
            self.send_header("Cache-Control", "max-age=86400, immutable")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path == "/__version":
            body = str(self.state.version).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path in ("/", "/index.html"):
            items = "".join(f'<li><a href="/{p}">{p}</a> · <a href="/{p[:-5]}.pdf">pdf</a></li>' for p in self.state.pages)
            error = f"<pre>{self.state.error}</pre>" if self.state.error else ""
            body = with_reload(f"<!DOCTYPE html><html><body><h1>Preview</h1><ul>{items}</ul>{error}</body></html>").encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()


def serve(folder: Path, state: State, port: int) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(_Handler, directory=str(folder), state=state)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="preview-http", daemon=True).start()
    return server


def run(names: list[str], lang: str, port: int = 8765, pdf: bool = True, say=print, stop: threading.Event | None = None) -> None:
    """Serve and rebuild until Ctrl-C (or `stop` is set)."""
    import watchfiles

    folder = build_dir() / "preview"
    preview = Preview(names, lang, folder, pdf=pdf, say=say)
    server = serve(folder, preview.state, port)
    say(f"preview: http://127.0.0.1:{server.server_address[1]}/{lang}/{names[0]}.html (Ctrl-C stops)")
    stop = stop or threading.Event()
    try:
        preview.rebuild(names)
        say("watching notebooks, data, the catalogue, the package and the template")
        for changes in watchfiles.watch(notebooks_dir(), data_dir(), PACKAGE_DIR, watch_filter=_watch_filter,
                                        stop_event=stop, debounce=50, step=20, rust_timeout=500,
                                        raise_interrupt=True):
            todo, restart = affected(changes, names)
            if todo:
                preview.rebuild(todo, restart=restart)
    except KeyboardInterrupt:
        say("preview: stopping")
    finally:
        server.shutdown()
        server.server_close()
        preview.close()
