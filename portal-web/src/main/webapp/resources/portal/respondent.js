// The public answering page: shows how many questions are answered. The form works without it.
document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('answers');
    var bar = document.getElementById('progress');
    var label = document.getElementById('progressText');
    if (!form || !bar || !label) {
        return;
    }
    var questions = form.querySelectorAll('.question');
    function answered(question) {
        var fields = question.querySelectorAll('input, textarea');
        for (var i = 0; i < fields.length; i++) {
            var f = fields[i];
            if ((f.type === 'radio' || f.type === 'checkbox') ? f.checked : f.value.trim() !== '') {
                return true;
            }
        }
        return false;
    }
    function update() {
        var done = 0;
        questions.forEach(function (q) { if (answered(q)) { done++; } });
        bar.value = done;
        label.textContent = label.getAttribute('data-template').replace('{0}', done).replace('{1}', questions.length);
    }
    form.addEventListener('input', update);
    form.addEventListener('change', update);
    update();
    var problems = document.getElementById('problems') || document.getElementById('confirmAgain');
    if (problems) {
        problems.focus();
    }
});
