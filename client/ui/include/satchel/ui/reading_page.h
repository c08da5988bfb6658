#pragma once
// ReadingPage: a reading lesson, its Markdown rendered by QTextBrowser (links open in the
// system browser). Opening it records the "opened" progress event.

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace satchel::ui {

class ReadingPage : public QWidget {
    Q_OBJECT
public:
    explicit ReadingPage(QWidget* parent = nullptr);

    void showMarkdown(const QString& title, const QString& markdown);
    QTextBrowser* browser() const { return browser_; }

signals:
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* title_;
    QPushButton* backButton_;
    QTextBrowser* browser_;
};

}  // namespace satchel::ui
