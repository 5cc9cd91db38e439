"""Word's "single file web page" (.mht, often published renamed .doc) of the Hongze site page,
made with Python's email package (quopri for the quoted-printable body):
  fixtures/word/hongze-2023-word.mht
As Word writes it: a GBK preamble before the first part, the page as text/html with
charset="gb2312" in the part's header only (the page itself declares none), quoted-printable,
then the page's files (a filelist.xml and a picture, base64). Values: fixtures/word/hongze-2023-gbk.json.
Run by scripts/make-mhtml-fixtures.sh."""
import base64
import quopri
from pathlib import Path

root = Path(__file__).resolve().parent.parent
page = (root / 'fixtures/word/hongze-2023-gbk.html').read_bytes()
boundary = '----=_NextPart_01DA5012.3F2C8A40'
base = 'file:///C:/8A1B2C3D/hongze-2023_files'

def part(headers, body):
    return b'\r\n'.join([f'{k}: {v}'.encode('ascii') for k, v in headers] + [b'', body, b''])

pixel = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')
parts = [
    part([('Content-Location', 'file:///C:/8A1B2C3D/hongze-2023.htm'), ('Content-Transfer-Encoding', 'quoted-printable'), ('Content-Type', 'text/html; charset="gb2312"')],
         quopri.encodestring(page.replace(b'\n', b'\r\n'))),
    part([('Content-Location', f'{base}/filelist.xml'), ('Content-Transfer-Encoding', 'quoted-printable'), ('Content-Type', 'text/xml; charset="utf-8"')],
         quopri.encodestring(b'<xml xmlns:o="urn:schemas-microsoft-com:office:office">\r\n <o:MainFile HRef="../hongze-2023.htm"/>\r\n</xml>')),
    part([('Content-Location', f'{base}/image001.png'), ('Content-Transfer-Encoding', 'base64'), ('Content-Type', 'image/png')],
         base64.encodebytes(pixel).replace(b'\n', b'\r\n')),
]
head = ('MIME-Version: 1.0\r\nX-Document-Type: Word\r\n'
        f'Content-Type: multipart/related; boundary="{boundary}"\r\n\r\n').encode('ascii')
preamble = '此文档为“单个文件网页”，也称为“Web 档案”文件。\r\n'.encode('gbk')
body = b''.join(f'\r\n--{boundary}\r\n'.encode('ascii') + p for p in parts) + f'\r\n--{boundary}--\r\n'.encode('ascii')
(root / 'fixtures/word/hongze-2023-word.mht').write_bytes(head + preamble + body)
print('wrote fixtures/word/hongze-2023-word.mht')
