"""A real CUPS scheduler (Debian's ``cupsd``) in a private configuration under a temp folder.

Its ServerRoot, spool (RequestRoot), cache, state, logs and socket are all in the folder;
``cupsd.conf`` is Debian's own, with ``installer/mibu-cups-config apply`` run on it, and only
the socket and log settings changed. Clients reach it through ``CUPS_SERVER`` (the socket)
and ``CUPS_SERVERROOT`` (where ``cupsctl`` reads a local scheduler's settings).

cups-pdf reads its configuration from a path compiled in (``/etc/cups/cups-pdf.conf``), so
the scheduler runs in a mount namespace of its own (``unshare --mount``) where the private
ServerRoot is bind-mounted over ``/etc/cups``: the backend then reads the private
``cups-pdf.conf`` (output, spool and log folders in the temp folder) and the machine's
/etc/cups is never touched. Without that (no CAP_SYS_ADMIN), only the ``file:`` queue is set up.

The folder is made with mode 0711 outside pytest's 0700 tmp folder: CUPS runs its filters
as user ``lp``, which must reach the spooled document.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEBIAN_CUPSD_CONF = Path(__file__).with_name("data") / "cupsd.conf.debian12"
CUPS_CONFIG = REPO / "installer" / "mibu-cups-config"
CUPSD = "/usr/sbin/cupsd"
CUPS_PDF_PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"
PDF_QUEUE = "MibuPDF"
FILE_QUEUE = "MibuFile"


def can_run() -> str:
    """Why a private cupsd cannot run here ("" when it can)."""
    if os.geteuid() != 0:
        return "a private cupsd needs root (it runs its filters as user lp), as in CI"
    for tool in (CUPSD, "/usr/sbin/lpadmin", "/usr/bin/lp", "/usr/bin/pdftotext"):
        if not os.path.exists(tool):
            return f"{tool} is not installed (make test installs cups and poppler-utils)"
    return ""


def _die_with_parent() -> None:
    """If the test run is killed, its cupsd goes too (PR_SET_PDEATHSIG survives exec)."""
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _namespace_works() -> bool:
    done = subprocess.run(["unshare", "--mount", "--propagation", "private", "true"],
                          capture_output=True, check=False)
    return done.returncode == 0


class PrivateCupsd:
    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="mibu-cupsd-"))
        self.root.chmod(0o711)
        self.etc = self.root / "etc"
        self.spool = self.root / "spool"
        self.out = self.root / "out"
        self.log = self.root / "log"
        self.socket = self.root / "cups.sock"
        for d in (self.etc / "ppd", self.spool / "tmp", self.root / "cache",
                  self.root / "state", self.log, self.out, self.root / "pdfspool"):
            d.mkdir(parents=True)
        self.out.chmod(0o777)  # the file: queue's output is written as user lp
        self.conf = self.etc / "cupsd.conf"
        self.files_conf = self.etc / "cups-files.conf"
        self.confined_pdf = _namespace_works()
        self.proc: subprocess.Popen[bytes] | None = None
        self.queues: list[str] = []
        self._write_config()

    @property
    def env(self) -> dict[str, str]:
        return {"CUPS_SERVER": str(self.socket), "CUPS_SERVERROOT": str(self.etc)}

    def _write_config(self) -> None:
        shutil.copyfile(DEBIAN_CUPSD_CONF, self.conf)
        subprocess.run([str(CUPS_CONFIG), "apply", str(self.conf)], check=True,
                       capture_output=True)
        text = self.conf.read_text()
        text = text.replace("\nListen /run/cups/cups.sock\n", f"\nListen {self.socket}\n")
        text = text.replace("\nLogLevel warn\n", "\nLogLevel info\n")
        # Debian turns the page log off; here it is CUPS' own record of each job's title.
        page_log = 'PageLogFormat "%p %j %u %T %P %C %{job-name}"'
        text = text.replace("\nPageLogFormat\n", f"\n{page_log}\n")
        self.conf.write_text(text)
        r = self.root
        self.files_conf.write_text(
            f"SystemGroup root\nServerRoot {self.etc}\nRequestRoot {self.spool}\n"
            f"TempDir {self.spool}/tmp\nCacheDir {r}/cache\nStateDir {r}/state\n"
            f"AccessLog {self.log}/access_log\nErrorLog {self.log}/error_log\n"
            f"PageLog {self.log}/page_log\nPrintcap {r}/printcap\nFileDevice Yes\n")
        (self.etc / "cups-pdf.conf").write_text(
            f"Out {self.out}\nAnonDirName {self.out}\nSpool {r}/pdfspool\nLog {self.log}\n"
            "Grp lp\n")

    def set_directive(self, name: str, value: str) -> None:
        """Change a directive in Mibu's block of the private cupsd.conf (then :meth:`restart`)."""
        lines = self.conf.read_text().split("\n")
        lines = [f"{name} {value}" if ln.split(" ")[0] == name else ln for ln in lines]
        self.conf.write_text("\n".join(lines))

    def start(self) -> None:
        cmd = [CUPSD, "-f", "-c", str(self.conf), "-s", str(self.files_conf)]
        if self.confined_pdf:
            cmd = ["unshare", "--mount", "--propagation", "private", "sh", "-c",
                   f'mount --bind "{self.etc}" /etc/cups && exec "$@"', "sh", *cmd]
        with (self.log / "cupsd.stderr").open("wb") as stderr:
            self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=stderr,
                                         preexec_fn=_die_with_parent)
        while self.lp("lpstat", "-r", check=False).returncode != 0:
            if self.proc.poll() is not None:
                raise RuntimeError(f"cupsd exited: {(self.log / 'cupsd.stderr').read_text()}")
            time.sleep(0.2)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait()
        self.proc = None
        if self.socket.exists():
            self.socket.unlink()

    def restart(self) -> None:
        self.stop()
        self.start()

    def lp(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run a CUPS client tool against this scheduler."""
        for _attempt in range(50):  # a scheduler that just started may drop a connection
            done = subprocess.run(list(args), capture_output=True, text=True, check=False,
                                  env={**os.environ, **self.env})
            if "Unable to connect" not in done.stderr:
                break
            time.sleep(0.2)
        if check and done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)}: {done.stderr.strip()}")
        return done

    def add_queues(self) -> list[str]:
        """A raw ``file:`` queue (the PDF arrives unchanged), and cups-pdf when it is confined."""
        # A PDF printer: CUPS' pdftopdf writes the document (text intact) into the file. (A raw
        # queue runs no filter, and then CUPS 2.4 writes nothing to a file: device.)
        ppd = self.root / "pdf-file.ppd"
        ppd.write_text(Path(CUPS_PDF_PPD).read_text().replace(
            "*PCFileName:", '*cupsFilter2: "application/vnd.cups-pdf application/pdf 0 -"\n'
            "*PCFileName:", 1))
        target = self.out / f"{FILE_QUEUE}.pdf"
        target.touch()  # cupsd writes into an existing file, it does not create one
        target.chmod(0o666)
        self.lp("lpadmin", "-p", FILE_QUEUE, "-E", "-v", f"file://{target}", "-P", str(ppd))
        queues = self.queues = [FILE_QUEUE]
        if self.confined_pdf:
            # poppler's pdftops keeps the fonts (ghostscript's would turn text into outlines)
            self.lp("lpadmin", "-p", PDF_QUEUE, "-E", "-v", "cups-pdf:/", "-P", CUPS_PDF_PPD,
                    "-o", "pdftops-renderer-default=pdftops",
                    "-o", "printer-error-policy=abort-job")
            queues.append(PDF_QUEUE)
        return queues

    def spool_files(self) -> list[str]:
        """What is in the spool folder (RequestRoot and its tmp folder)."""
        return sorted(str(p.relative_to(self.spool)) for p in self.spool.rglob("*")
                      if p.is_file())

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
