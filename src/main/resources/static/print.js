// The "print or save as PDF" button of printable documents.
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('skriv-ut');
    if (button) {
        button.hidden = false;
        button.addEventListener('click', function () { window.print(); });
    }
});
