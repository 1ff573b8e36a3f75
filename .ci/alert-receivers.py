#!/usr/bin/env python3
"""Stage 4-v4's alert peers for .ci/run: a bare SMTP server and a Slack-style webhook receiver on 127.0.0.1.

Each message that reaches them is written to the output folder (mail-N.eml, slack-N.json), and each SMTP login
counted (auth-N: the user name only), so the CI script can count them. Usage: alert-receivers.py OUT_DIR SMTP_PORT HTTP_PORT. Runs until killed.
"""
import base64
import http.server
import itertools
import os
import socketserver
import sys
import threading

out, smtp_port, http_port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(out, exist_ok=True)
numbers = itertools.count(1)


class Smtp(socketserver.StreamRequestHandler):
    """Just enough of RFC 5321 for one client: greeting, EHLO/HELO, AUTH PLAIN/LOGIN (any password), MAIL, RCPT, DATA, RSET, NOOP, QUIT."""

    def reply(self, line):
        self.wfile.write((line + "\r\n").encode())

    def ask(self, challenge):
        self.reply("334 " + challenge)
        return self.rfile.readline().decode().strip()

    def handle(self):
        self.reply("220 localhost QTE test SMTP")
        while True:
            line = self.rfile.readline().decode(errors="replace").strip()
            if not line:
                return
            verb = line.split(" ", 1)[0].upper()
            if verb == "EHLO":
                self.reply("250-localhost")
                self.reply("250-AUTH PLAIN LOGIN")
                self.reply("250 8BITMIME")
            elif verb == "AUTH":
                parts = line.split(" ")
                if parts[1].upper() == "PLAIN":
                    credentials = parts[2] if len(parts) > 2 else self.ask("")
                    user = base64.b64decode(credentials).split(b"\0")[1].decode()
                else:
                    user = base64.b64decode(parts[2] if len(parts) > 2 else self.ask("VXNlcm5hbWU6")).decode()
                    self.ask("UGFzc3dvcmQ6")
                with open(os.path.join(out, f"auth-{next(numbers)}"), "w") as f:
                    f.write(user)
                self.reply("235 2.7.0 Authentication successful")
            elif verb in ("HELO", "MAIL", "RCPT", "RSET", "NOOP"):
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                lines = []
                while True:
                    data = self.rfile.readline()
                    if data in (b".\r\n", b".\n", b""):
                        break
                    lines.append(data[1:] if data.startswith(b"..") else data)
                with open(os.path.join(out, f"mail-{next(numbers)}.eml"), "wb") as f:
                    f.writelines(lines)
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


class Webhook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with open(os.path.join(out, f"slack-{next(numbers)}.json"), "wb") as f:
            f.write(body)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


class Threaded(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True


smtp = Threaded(("127.0.0.1", smtp_port), Smtp)
threading.Thread(target=smtp.serve_forever, daemon=True).start()
http.server.ThreadingHTTPServer(("127.0.0.1", http_port), Webhook).serve_forever()
