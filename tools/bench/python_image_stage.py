"""The original History-X4 image stage, as /work/shared/reference/core-pipeline.md (section 4) describes it,
for the benchmark to time beside `hx4 collect` on the same URLs.

One requests.Session shared by a ThreadPoolExecutor; every row submitted at once. Per image: GET with the
collectors' headers and a 10 s timeout, the whole body written to images/<id>.jpg, Pillow verify(), then
process_image_for_storage: reopen, convert("RGB"), thumbnail to fit the box (LANCZOS) when larger, save as
JPEG q99 optimize progressive over the same path, reopen and verify(). One attempt (retries=1, as the
collectors call it), with the reference's back-off sleep after it when it fails. What the reference did not
do is not done here either: no rate limit, no Retry-After.

Usage: python3 python_image_stage.py JOBS_JSON IMAGES_DIR [WORKERS]
JOBS_JSON is a list of {"id", "url"}. Prints one JSON line: images stored, failures, seconds of the stage
(pool start to last image), the process's CPU time and its peak RSS (VmHWM).
Needs Debian's python3-pil and python3-requests (apt-get install -y python3-pil python3-requests).
"""

import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import requests
from PIL import Image

Image.MAX_IMAGE_PIXELS = None  # the reference disables the decompression-bomb guard

HEADERS = {
    "Content-type": "application/json",
    "Accept": "application/json; text/plain; */*",
    "Cache-Control": "no-cache",
    "Connection": "keep-alive",
    "Pragma": "no-cache",
}
TIMEOUT_SECONDS = 10
THUMBNAIL_SIZE = (512, 512)


def process_image_for_storage(path, thumbnail_size):
    try:
        with Image.open(path) as opened:
            image = opened.convert("RGB")
        if image.width > thumbnail_size[0] or image.height > thumbnail_size[1]:
            image.thumbnail(thumbnail_size, Image.Resampling.LANCZOS)
        image.save(path, format="JPEG", quality=99, optimize=True, progressive=True)
        with Image.open(path) as saved:
            saved.verify()
        return True
    except Exception:
        if os.path.exists(path):
            os.remove(path)
        return False


class InvalidImage(Exception):
    pass


def download_image(session, job, images_dir, retries=1):
    path = os.path.join(images_dir, f"{job['id']}.jpg")
    attempt = 0
    while attempt < retries:
        try:
            response = session.get(job["url"], headers=HEADERS, timeout=TIMEOUT_SECONDS)
            response.raise_for_status()
        except (requests.RequestException, OSError):
            attempt += 1
            time.sleep(0.5 * 2**attempt)
            continue
        try:
            with open(path, "wb") as file:
                file.write(response.content)
            with Image.open(path) as image:
                image.verify()
            if not process_image_for_storage(path, THUMBNAIL_SIZE):
                raise InvalidImage(path)
            return True
        except (InvalidImage, SyntaxError, Image.DecompressionBombError):
            break
        except Exception:
            attempt += 1
            time.sleep(0.5 * 2**attempt)
    if os.path.exists(path):
        os.remove(path)
    return False


def peak_rss_bytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return None


def main():
    jobs_file, images_dir = sys.argv[1], sys.argv[2]
    workers = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    with open(jobs_file) as file:
        jobs = json.load(file)
    os.makedirs(images_dir, exist_ok=True)
    session = requests.Session()
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        results = list(pool.map(lambda job: download_image(session, job, images_dir), jobs))
    seconds = time.perf_counter() - started
    stored = sum(results)
    cpu_ms = time.process_time() * 1000
    print(json.dumps({"images": stored, "failed": len(jobs) - stored, "seconds": seconds, "cpuMs": cpu_ms, "peakRss": peak_rss_bytes()}))


if __name__ == "__main__":
    main()
