#!/usr/bin/env python3
"""Adds a benchmark dataset to a DangBo database (SQLite or PostgreSQL) that the app has already migrated and seeded.

N published articles (default 100,000) of realistic Vietnamese news text spread over the portal's categories,
one in ten with topics, a few hundred featured, publication times over the last five years; and ~1,000 extra
organisation units (grassroots committees and cells) under the province.

Usage: generate.py path/to/dangbo.db [N]
       generate.py "host=127.0.0.1 port=5432 dbname=dangbo user=postgres" [N]   (PostgreSQL, through psql)
"""
import csv
import io
import random
import re
import sqlite3
import subprocess
import sys
import unicodedata
from datetime import datetime, timedelta, timezone

random.seed(2026)

PLACES = ["xã Tân Lập", "phường Hòa Bình", "huyện Sơn Dương", "thị trấn Yên Sơn", "xã Đồng Tâm", "phường Trung Sơn",
          "huyện Hà Giang", "xã Thượng Lâm", "xã Phúc Ứng", "huyện Lâm Bình", "xã Minh Thanh", "phường Nông Tiến"]
SUBJECTS = ["Ban Thường vụ Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Đảng ủy Khối cơ quan",
            "Hội Nông dân tỉnh", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Mặt trận Tổ quốc tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
            "Công an tỉnh", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Ban Dân vận Tỉnh ủy", "Hội Cựu chiến binh"]
ACTIONS = ["tổ chức hội nghị", "triển khai kế hoạch", "sơ kết công tác", "tổng kết phong trào", "kiểm tra, giám sát",
           "quán triệt nghị quyết", "phát động thi đua", "trao tặng Huy hiệu Đảng", "khánh thành công trình",
           "gặp mặt, tọa đàm", "học tập chuyên đề", "đối thoại với nhân dân"]
TOPICS = ["xây dựng Đảng trong sạch, vững mạnh", "chuyển đổi số", "xây dựng nông thôn mới", "cải cách hành chính",
          "phòng, chống tham nhũng, tiêu cực", "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
          "phát triển kinh tế - xã hội", "bảo vệ nền tảng tư tưởng của Đảng", "giảm nghèo bền vững",
          "bảo đảm quốc phòng, an ninh", "phát triển du lịch cộng đồng", "bảo tồn văn hóa dân tộc"]
PERIODS = ["năm 2026", "6 tháng đầu năm", "nhiệm kỳ 2025 - 2030", "quý III", "giai đoạn 2021 - 2025", "tháng 11"]
SENTENCES = [
    "Hội nghị đã đánh giá kết quả đạt được, chỉ ra những hạn chế, khuyết điểm và nguyên nhân, đồng thời đề ra nhiệm vụ, giải pháp trọng tâm trong thời gian tới.",
    "Các đại biểu tập trung thảo luận, đóng góp nhiều ý kiến tâm huyết, sát với thực tiễn của địa phương, cơ sở.",
    "Đồng chí nhấn mạnh, cấp ủy, chính quyền các cấp cần tiếp tục nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên.",
    "Phát huy vai trò nêu gương của người đứng đầu, gắn với việc thực hiện nghiêm các quy định về những điều đảng viên không được làm.",
    "Qua đó góp phần củng cố niềm tin của nhân dân đối với Đảng, chính quyền, tạo sự đồng thuận trong xã hội.",
    "Trong năm, toàn tỉnh đã kết nạp hơn 2.100 đảng viên mới, đạt 105% kế hoạch đề ra.",
    "Công tác kiểm tra, giám sát được tăng cường, kịp thời phát hiện, chấn chỉnh những thiếu sót ngay từ cơ sở.",
    "Việc ứng dụng công nghệ thông tin trong hoạt động của các cơ quan đảng đạt nhiều kết quả tích cực.",
    "Người dân phấn khởi khi các tuyến đường giao thông nông thôn được bê tông hóa, thuận tiện cho việc đi lại, giao thương.",
    "Nhiều mô hình kinh tế hiệu quả được nhân rộng, giúp hàng trăm hộ thoát nghèo bền vững.",
    "Dịp này, Ban Tổ chức đã trao giấy khen cho các tập thể, cá nhân có thành tích xuất sắc.",
    "Lực lượng vũ trang tỉnh duy trì nghiêm chế độ trực sẵn sàng chiến đấu, bảo vệ an toàn các sự kiện chính trị quan trọng.",
]
AUTHORS = ["Minh Anh", "Thu Hà", "Quang Huy", "Ngọc Lan", "Văn Toàn", "Hồng Nhung", "Đức Thắng", "Phương Thảo"]


def fold(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFD", text)
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def slugify(text):
    out, dash = [], False
    for c in fold(text).lower():
        if c.isascii() and c.isalnum():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:150]


def stamp(dt):
    # EF Core's SQLite text format for DateTime (no fraction when zero).
    return dt.strftime("%Y-%m-%d %H:%M:%S")


ARTICLE_COLUMNS = ["Id", "PortalId", "CategoryId", "Title", "Slug", "Lead", "BodyHtml", "CoverImagePath", "CoverImageCaption",
                   "Author", "PenName", "Source", "IsFeatured", "Status", "PublishedAt", "CreatedAt", "UpdatedAt", "ViewCount",
                   "Version"]
UNIT_COLUMNS = ["Id", "ParentId", "Kind", "Name", "Slug", "Path", "SortOrder"]


class Sqlite:
    """Writes straight into the app's SQLite file."""

    def __init__(self, path):
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=OFF")
        self.where = path

    def rows(self, sql, *args):
        return self.db.execute(sql, args).fetchall()

    def insert(self, table, columns, rows):
        self.db.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
        self.db.commit()

    def stamp(self, dt):
        return stamp(dt)

    def finish(self):
        self.db.execute("ANALYZE")
        self.db.commit()


class Postgres:
    """Writes into a PostgreSQL database with psql (no Python driver is needed): COPY from CSV on psql's standard input,
    explicit ids (so articles' topic links and units' paths are known before loading), identity sequences moved past
    them afterwards, then VACUUM ANALYZE."""

    def __init__(self, conninfo):
        self.conninfo = conninfo
        self.where = "PostgreSQL"

    def _psql(self, *args, **kwargs):
        return subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", self.conninfo, *args],
                              check=True, text=True, **kwargs)

    def rows(self, sql, *args):
        # Identifiers are quoted for PostgreSQL; the few parameters are numbers from the database itself.
        sql = re.sub(r"\b(Articles|OrganisationUnits|Portals|Categories|Topics|Id|UnitId|PortalId|Slug|Path|IsRoot)\b", r'"\1"', sql)
        for a in args:
            sql = sql.replace("?", str(int(a)), 1)
        out = self._psql("-A", "-t", "-F", "\t", "-c", sql, stdout=subprocess.PIPE).stdout
        return [tuple(None if v == "" else int(v) if re.fullmatch(r"-?\d+", v) else v for v in line.split("\t"))
                for line in out.splitlines() if line]

    def insert(self, table, columns, rows):
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        cols = ", ".join(f'"{c}"' for c in columns)
        self._psql("-c", f'\\copy "{table}" ({cols}) FROM STDIN WITH (FORMAT csv)', input=buffer.getvalue())

    def stamp(self, dt):
        return dt.strftime("%Y-%m-%d %H:%M:%S+00")

    def finish(self):
        # Always both tables with explicit ids, so that a rerun after an interrupted load still leaves them right.
        sql = "".join(f"""SELECT setval(pg_get_serial_sequence('"{t}"', 'Id'), (SELECT max("Id") FROM "{t}"));"""
                      for t in ("Articles", "OrganisationUnits"))
        # VACUUM as well: rows loaded by COPY are not yet marked all-visible, so until autovacuum passes, index-only
        # scans (the list counts) would visit the table; the figures should not depend on when it passes.
        self._psql("-c", sql, "-c", "VACUUM ANALYZE", stdout=subprocess.DEVNULL)


def main():
    target = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    db = Postgres(target) if target.startswith(("postgresql://", "postgres://")) or "=" in target else Sqlite(target)
    portal_id, root_unit = db.rows("SELECT Id, UnitId FROM Portals WHERE IsRoot")[0]
    categories = [r[0] for r in db.rows("SELECT Id FROM Categories WHERE PortalId = ? ORDER BY Id", portal_id)]
    topics = [r[0] for r in db.rows("SELECT Id FROM Topics WHERE PortalId = ? ORDER BY Id", portal_id)]
    existing = db.rows("SELECT COUNT(*) FROM Articles WHERE Slug LIKE 'bench-%'")[0][0]
    next_id = db.rows("SELECT COALESCE(MAX(Id), 0) + 1 FROM Articles")[0][0]
    now = datetime.now(timezone.utc).replace(microsecond=0, tzinfo=None)
    rows = []
    for i in range(existing, n):
        subject, action, topic, place = random.choice(SUBJECTS), random.choice(ACTIONS), random.choice(TOPICS), random.choice(PLACES)
        title = f"{subject} {action} về {topic} {random.choice(PERIODS)}"
        lead = f"({place.split(' ', 1)[1]}) - Ngày {random.randint(1, 28)}/{random.randint(1, 12)}, {subject} {action} về {topic} tại {place}. " + random.choice(SENTENCES)
        paragraphs = [" ".join(random.sample(SENTENCES, 4)) for _ in range(random.randint(5, 9))]
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        published = db.stamp(now - timedelta(seconds=random.randint(600, 5 * 365 * 86400)))
        slug = f"bench-{i}-" + slugify(title)[:120]
        rows.append((next_id, portal_id, random.choice(categories), title, slug, lead, body, None, None, random.choice(AUTHORS), None,
                     "Báo Sơn Hà" if i % 3 == 0 else None, 1 if i % 300 == 0 else 0, 50, published, published, published, 0, 1))
        next_id += 1
        if len(rows) >= 5000:
            flush(db, rows, topics)
    flush(db, rows, topics)

    units = db.rows("SELECT COUNT(*) FROM OrganisationUnits WHERE Slug LIKE 'bench-%'")[0][0]
    root_path = db.rows("SELECT Path FROM OrganisationUnits WHERE Id = ?", root_unit)[0][0]
    unit_id = db.rows("SELECT MAX(Id) + 1 FROM OrganisationUnits")[0][0]
    unit_rows = []
    for i in range(units, 1000):
        name = f"Chi bộ thôn {i + 1} {random.choice(PLACES)}"
        unit_rows.append((unit_id, root_unit, 8, name, f"bench-{i}-" + slugify(name), f"{root_path}{unit_id}/", 1000 + i))
        unit_id += 1
    if unit_rows:
        db.insert("OrganisationUnits", UNIT_COLUMNS, unit_rows)
    db.finish()
    total = db.rows("SELECT COUNT(*) FROM Articles")[0][0]
    print(f"generate.py: {total} articles, {db.rows('SELECT COUNT(*) FROM OrganisationUnits')[0][0]} units in {db.where}")


def flush(db, rows, topics):
    if not rows:
        return
    db.insert("Articles", ARTICLE_COLUMNS, rows)
    # One in ten articles has a topic; chosen here, after the batch, so the random sequence is the one earlier datasets had.
    links = [(row[0], random.choice(topics)) for row in rows if topics and row[0] % 10 == 0]
    if links:
        db.insert("ArticleTopics", ["ArticlesId", "TopicsId"], links)
    rows.clear()


if __name__ == "__main__":
    main()
