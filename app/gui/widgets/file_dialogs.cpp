// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_dialogs.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QIcon>

namespace stridelog::gui {
namespace {

// Icons and type names from the name and the kind of entry alone: never from the contents.
class NameOnlyIconProvider final : public QFileIconProvider {
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo& info) const override {
        return QFileIconProvider::icon(info.isDir() ? Folder : File);
    }
    QString type(const QFileInfo& info) const override {
        if (info.isDir()) return QCoreApplication::translate("FileDialogs", "Folder");
        const QString suffix = info.suffix();
        if (suffix.isEmpty()) return QCoreApplication::translate("FileDialogs", "File");
        return QCoreApplication::translate("FileDialogs", "%1 file").arg(suffix.toUpper());
    }
};

QStringList ask(QWidget* parent, const QString& caption, const QString& start,
                const QString& filter, QFileDialog::FileMode mode, QFileDialog::AcceptMode accept,
                QString* selectedFilter = nullptr) {
    // Declared before the dialog, so it outlives it.
    NameOnlyIconProvider names;
    QFileDialog dialog(parent, caption, start, filter);
    // A desktop's own dialog would run in this process and read the files it lists.
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&names);
    dialog.setFileMode(mode);
    dialog.setAcceptMode(accept);
    if (mode == QFileDialog::Directory) dialog.setOption(QFileDialog::ShowDirsOnly);
    if (selectedFilter && !selectedFilter->isEmpty()) dialog.selectNameFilter(*selectedFilter);
    if (dialog.exec() != QDialog::Accepted) return {};
    if (selectedFilter) *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles();
}

QString first(const QStringList& files) {
    return files.isEmpty() ? QString() : files.front();
}

}  // namespace

QString askOpenFile(QWidget* parent, const QString& caption, const QString& folder,
                    const QString& filter) {
    return first(
        ask(parent, caption, folder, filter, QFileDialog::ExistingFile, QFileDialog::AcceptOpen));
}

QStringList askOpenFiles(QWidget* parent, const QString& caption, const QString& folder,
                         const QString& filter) {
    return ask(parent, caption, folder, filter, QFileDialog::ExistingFiles,
               QFileDialog::AcceptOpen);
}

QString askSaveFile(QWidget* parent, const QString& caption, const QString& path,
                    const QString& filter, QString* selectedFilter) {
    return first(ask(parent, caption, path, filter, QFileDialog::AnyFile, QFileDialog::AcceptSave,
                     selectedFilter));
}

QString askFolder(QWidget* parent, const QString& caption, const QString& folder) {
    return first(
        ask(parent, caption, folder, QString(), QFileDialog::Directory, QFileDialog::AcceptOpen));
}

}  // namespace stridelog::gui
