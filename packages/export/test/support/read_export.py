"""Reads an hx4 export back as the trainers' loaders do, with Python's own readers, and prints what it found as JSON.

usage: read_export.py webdataset|imagefolder|openclip-csv EXPORT_DIR

Each reader follows the loader's documented rules (docs/exports.md lists them) and fails loudly (an
AssertionError, exit 1) on the first one broken.
"""
import ast
import io
import json
import os
import sys
import tarfile

import pandas as pd
from PIL import Image

LIST_COLUMNS = ("user_query", "canonical_labels")


def decode(source):
    """Decodes the whole image (not only its header), as training does."""
    with Image.open(source) as image:
        image.load()
        return image.format, image.mode


def read_webdataset(root, summary):
    parts = {}
    for part in summary["parts"]:
        keys, shards, first = [], [], None
        for file in part["files"]:
            path = os.path.join(root, file["name"])
            with tarfile.open(path, mode="r:") as tar, open(path, "rb") as raw:
                members = tar.getmembers()
                for member in members:
                    # POSIX ustar headers (magic "ustar\0", version "00"), not GNU's "ustar  \0".
                    raw.seek(member.offset + 257)
                    assert raw.read(8) == b"ustar\x0000", f"{member.name} has no POSIX ustar header"
                # WebDataset groups consecutive files by key: the name up to the first dot of its basename.
                groups = []
                for member in members:
                    assert member.isreg(), f"{member.name} is not a regular file"
                    assert "/" not in member.name, f"{member.name} is in a folder"
                    key, extension = member.name.split(".", 1)
                    if not groups or groups[-1][0] != key:
                        groups.append((key, {}))
                    assert extension not in groups[-1][1], f"{member.name} twice"
                    groups[-1][1][extension] = tar.extractfile(member).read()
                for key, files in groups:
                    assert sorted(files) == ["jpg", "json", "txt"], f"sample {key} has {sorted(files)}"
                    image_format, mode = decode(io.BytesIO(files["jpg"]))
                    assert image_format == "JPEG" and mode == "RGB", f"{key}.jpg is {image_format} {mode}"
                    row = json.loads(files["json"].decode("utf-8"))
                    caption = files["txt"].decode("utf-8")
                    assert caption.strip() and "\n" not in caption, f"{key}.txt is {caption!r}"
                    for column in LIST_COLUMNS:
                        if column in row:
                            assert isinstance(ast.literal_eval(row[column]), list)
                    if first is None:
                        first = {"key": key, "id": row["id"], "caption": caption}
                    keys.append(key)
                shards.append({"name": file["name"], "samples": len(groups)})
        assert keys == sorted(keys), "keys are not sorted"
        assert len(set(keys)) == len(keys), "keys repeat"
        parts[part["split"]] = {"shards": shards, "samples": len(keys), "first": first}
    return parts


def read_imagefolder(root, summary):
    parts = {}
    for part in summary["parts"]:
        folder = os.path.join(root, part["split"])
        table = pd.read_csv(os.path.join(folder, "metadata.csv"))
        assert table.columns[0] == "file_name", f"first column is {table.columns[0]}"
        names = table["file_name"].tolist()
        assert len(set(names)) == len(names), "file names repeat"
        for name in names:
            assert not os.path.isabs(name), f"{name} is absolute"
            assert decode(os.path.join(folder, name)) == ("JPEG", "RGB")
        images = sorted(name for name in os.listdir(folder) if name != "metadata.csv")
        assert images == sorted(names), "images and metadata rows differ"
        assert table["text"].notna().all(), "a text is empty"
        for column in LIST_COLUMNS:
            table[column].map(ast.literal_eval)
        parts[part["split"]] = {"rows": len(table), "columns": table.columns.tolist(), "first": table.iloc[0][["file_name", "id", "text"]].tolist()}
    return parts


def read_openclip_csv(root, summary):
    parts = {}
    for part in summary["parts"]:
        # open_clip's CsvDataset: pd.read_csv(input_filename, sep=csv_separator), default "\t",
        # then Image.open(str(df[img_key][i])) and tokenize([str(df[caption_key][i])]).
        table = pd.read_csv(os.path.join(root, f"{part['split']}.csv"), sep="\t")
        assert table.columns.tolist() == ["filepath", "title"], table.columns.tolist()
        for path in table["filepath"]:
            assert os.path.isabs(path), f"{path} is not absolute"
            assert decode(str(path)) == ("JPEG", "RGB")
        assert table["title"].notna().all(), "a title is empty (open_clip would train on 'nan')"
        parts[part["split"]] = {"rows": len(table), "first": table.iloc[0].tolist()}
    return parts


READERS = {"webdataset": read_webdataset, "imagefolder": read_imagefolder, "openclip-csv": read_openclip_csv}

if __name__ == "__main__":
    format_name, root = sys.argv[1], sys.argv[2]
    with open(os.path.join(root, "export-summary.json"), encoding="utf-8") as file:
        summary = json.load(file)
    print(json.dumps(READERS[format_name](root, summary)))
