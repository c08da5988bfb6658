#include "satchel/ui/instructor/instructor_text.h"

#include <QCoreApplication>

namespace satchel::ui::instructor {
namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("satchel::ui::instructor", text);
}
}  // namespace

QString describe(const client::ApiError& error) {
    using Kind = client::ApiError::Kind;
    switch (error.kind) {
        case Kind::Offline:
            return tr("The server cannot be reached. Check your connection and try again.");
        case Kind::Timeout:
            return tr("The server did not answer in time. Try again in a moment.");
        case Kind::Unauthorized:
            return tr("Your session has ended. Sign in again.");
        case Kind::Forbidden:
            return tr("Only the course's instructor or an administrator may do this.");
        case Kind::NotFound:
            return tr("The server does not know this course (or this version of it).");
        case Kind::Rejected:
            if (error.code == "course_archived")
                return tr("The course is archived.");
            if (error.code == "invalid_field")
                return tr(
                    "The server refused the text: check that nothing is empty or too "
                    "long.");
            return tr("The server refused the request.");
        case Kind::Server:
            return tr("The server failed. Try again later.");
        case Kind::Protocol:
            return tr("The server sent an answer this version of Satchel does not understand.");
        case Kind::UnsupportedVersion:
            return tr("This server speaks a newer protocol: please update Satchel.");
    }
    return tr("Something went wrong.");
}

QString describe(const client::ExportError& error) {
    using Kind = client::ExportError::Kind;
    switch (error.kind) {
        case Kind::Busy:
            return tr("An export is already running.");
        case Kind::Server:
            return error.api ? describe(*error.api) : tr("The server refused the export.");
        case Kind::Download:
            return tr("A file of the course could not be downloaded intact. Try again.");
        case Kind::Write:
            return tr("The file could not be written. Check the folder and the free space.");
        case Kind::Cancelled:
            return tr("The export was cancelled.");
    }
    return tr("The export failed.");
}

QString describe(PackageErrorCode code) {
    switch (code) {
        case PackageErrorCode::NotAnArchive:
            return tr("This is not a Satchel course file.");
        case PackageErrorCode::Truncated:
            return tr("The file is incomplete or damaged (perhaps it was not copied to the end).");
        case PackageErrorCode::HashMismatch:
            return tr("The file is damaged: some of its contents do not match their checksums.");
        case PackageErrorCode::MissingFile:
            return tr("The file is incomplete: some of the course's files are missing.");
        case PackageErrorCode::PathTraversal:
        case PackageErrorCode::AbsolutePath:
        case PackageErrorCode::InvalidPath:
        case PackageErrorCode::OverlappingEntries:
        case PackageErrorCode::UnexpectedEntry:
            return tr(
                "The file was refused: it contains entries a Satchel course never has. "
                "It may have been tampered with.");
        case PackageErrorCode::ZipBomb:
        case PackageErrorCode::TooManyEntries:
        case PackageErrorCode::SizeLimit:
            return tr(
                "The file was refused: it is far larger than a course may be once "
                "unpacked.");
        case PackageErrorCode::InvalidManifest:
        case PackageErrorCode::DuplicateId:
        case PackageErrorCode::DanglingReference:
        case PackageErrorCode::WrongFormat:  // a file not in the format its role needs
            return tr("The course description inside the file is invalid.");
        case PackageErrorCode::Unsupported:
            return tr("The file uses encryption or compression Satchel does not support.");
        case PackageErrorCode::Io:
            return tr("The file could not be read or unpacked. Check the disk and try again.");
    }
    return tr("The file could not be imported.");
}

}  // namespace satchel::ui::instructor
