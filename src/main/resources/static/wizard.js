// Live proposal in the classification wizard: the highest level among the checked answers of the step.
// The server recomputes it on save; this only shows the effect of an answer before saving.
document.addEventListener('DOMContentLoaded', function () {
    var live = document.getElementById('forslag-nu');
    if (!live) {
        return;
    }
    function update() {
        var max = 0;
        document.querySelectorAll('fieldset.question input[type=radio]:checked').forEach(function (r) {
            max = Math.max(max, parseInt(r.getAttribute('data-level'), 10) || 0);
        });
        document.getElementById('forslag-niva').textContent = String(max);
        live.hidden = false;
    }
    document.addEventListener('change', update);
    update();
});
